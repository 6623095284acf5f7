import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def load_config(path=PYPROJECT):
    with open(path, "rb") as handle:
        return tomllib.load(handle)["tool"]["docgen"]


CONFIG = load_config()
