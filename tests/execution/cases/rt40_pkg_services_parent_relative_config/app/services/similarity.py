import math

import openai

from .. import config


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def most_similar(query, candidates):
    response = openai.Embedding.create(model=config.EMBEDDING_MODEL, input=[query] + candidates)
    vectors = [row["embedding"] for row in response["data"]]
    scores = [_cosine(vectors[0], v) for v in vectors[1:]]
    best = max(range(len(candidates)), key=lambda i: scores[i])
    return candidates[best]
