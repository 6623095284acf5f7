import time

import openai

from .batching import batched
from .settings import BATCH_SIZE, EMBEDDING_MODEL


def embed_texts(texts, model=EMBEDDING_MODEL, pause=0.0):
    out = []
    for batch in batched(texts, BATCH_SIZE):
        result = openai.Embedding.create(model=model, input=batch)
        out.extend(item["embedding"] for item in result["data"])
        time.sleep(pause)
    return out
