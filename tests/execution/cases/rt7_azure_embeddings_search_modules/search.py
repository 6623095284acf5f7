import math

from embeddings import get_embeddings


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def top_k(query, docs, k=2):
    vectors = get_embeddings(docs)
    q = get_embeddings([query])[0]
    scored = sorted(((cosine(q, v), d) for v, d in zip(vectors, docs)), reverse=True)
    return scored[:k]
