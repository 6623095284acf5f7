"""Cache embeddings per text in a dict; embed only the missing ones, in one batch."""
import math

import openai

_cache = {}


def get_embeddings(texts, engine="text-embedding-ada-002"):
    missing = [t for t in texts if t not in _cache]
    if missing:
        result = openai.Embedding.create(input=missing, engine=engine)
        for text, item in zip(missing, result["data"]):
            _cache[text] = item["embedding"]
    return [_cache[t] for t in texts]


def similarity(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.hypot(*a) * math.hypot(*b))


words = ["cat", "dog", "car"]
vectors = get_embeddings(words)
vectors2 = get_embeddings(["dog", "truck"])
print(len(_cache))
print(round(similarity(vectors[0], vectors[1]), 4), round(similarity(vectors2[0], vectors[1]), 4))
