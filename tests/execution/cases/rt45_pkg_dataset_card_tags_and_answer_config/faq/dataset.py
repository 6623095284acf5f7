import json
from pathlib import Path

DATASET = Path(__file__).resolve().parent.parent / "data" / "support_faq.json"


def load():
    return json.loads(DATASET.read_text())


def card(dataset):
    return f"{dataset['name']} v{dataset['version']} [{', '.join(dataset['tags'])}]"
