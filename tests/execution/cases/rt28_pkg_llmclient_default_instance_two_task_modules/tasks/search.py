import math

from llm import client


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def rank(query, documents):
    vectors = client.embed([query] + documents)
    q, docs = vectors[0], vectors[1:]
    scored = sorted(zip(documents, docs), key=lambda pair: _cosine(q, pair[1]), reverse=True)
    return [doc for doc, _ in scored]
