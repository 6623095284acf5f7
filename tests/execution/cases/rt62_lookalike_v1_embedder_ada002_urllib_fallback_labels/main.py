from embedder import INDEX_MODEL_LABELS, Embedder


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b))


if __name__ == "__main__":
    for name in sorted(INDEX_MODEL_LABELS):
        print(f"{name}: {INDEX_MODEL_LABELS[name]}")
    e = Embedder()
    docs = ["tomato soup recipe", "fixing a flat tire", "growing tomatoes on a balcony"]
    vecs = e.embed(docs)
    q = e.embed(["tomatoes"])[0]
    ranked = sorted(range(len(docs)), key=lambda i: -cosine(q, vecs[i]))
    print([docs[i] for i in ranked], len(q))
