import tomllib
from pathlib import Path

CONFIG_PATH = Path(__file__).resolve().parent.parent / "config.toml"


def load_tasks(path=CONFIG_PATH):
    with open(path, "rb") as handle:
        return tomllib.load(handle)["tasks"]
