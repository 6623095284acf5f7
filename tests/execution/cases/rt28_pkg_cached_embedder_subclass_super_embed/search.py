def cosine(a, b):
    return sum(x * y for x, y in zip(a, b))


def top_k(embedder, query, docs, k=2):
    q, *vectors = embedder.embed([query] + docs)
    ranked = sorted(range(len(docs)), key=lambda i: cosine(q, vectors[i]), reverse=True)
    return [docs[i] for i in ranked[:k]]
