import json

from models import Completion, Embedding
from settings import EMBED_ENGINE, ENGINE

EXPORT = json.dumps([
    {"prompt": "Tagline for a bakery", "text": "Fresh every morning", "tokens": 4},
    {"prompt": "Tagline for a gym", "text": "Stronger every day", "tokens": 3},
])


def import_export(raw):
    for item in json.loads(raw):
        Completion.create(engine=ENGINE, prompt=item["prompt"], text=item["text"],
                          max_tokens=item["tokens"])
        Embedding.create(engine=EMBED_ENGINE, input=item["text"], dims=1536)
    return len(Completion.select())
