"""The model registry: models.yaml maps a job to a model.

A small reader for the flat two-level mapping (PyYAML is not a dependency of this tool).
"""
from pathlib import Path

REGISTRY_FILE = Path(__file__).resolve().parent.parent / "models.yaml"


def load_registry(path=REGISTRY_FILE):
    models = {}
    section = None
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line:
            continue
        if not line.startswith(" "):
            section = line.split(":", 1)[0]
            continue
        if section == "models":
            key, value = line.strip().split(":", 1)
            models[key.strip()] = value.strip()
    return models


MODELS = load_registry()


def model_for(job):
    return MODELS[job]
