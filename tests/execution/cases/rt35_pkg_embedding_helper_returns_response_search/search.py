import math

from embeddings import embed_batch


def _norm(v):
    return math.sqrt(sum(x * x for x in v))


def build_index(docs):
    resp = embed_batch(docs)
    vectors = [row["embedding"] for row in sorted(resp["data"], key=lambda r: r["index"])]
    return vectors, resp["usage"]["total_tokens"]


def query(index, docs, text, k=2):
    resp = embed_batch([text])
    q = resp.data[0].embedding
    scored = []
    for doc, v in zip(docs, index):
        sim = sum(a * b for a, b in zip(q, v)) / (_norm(q) * _norm(v))
        scored.append((round(sim, 4), doc))
    scored.sort(reverse=True)
    return scored[:k]
