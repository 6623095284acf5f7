import math


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


class VectorStore:
    def __init__(self, embedder):
        self.embedder = embedder
        self.texts = []
        self.vectors = []

    def add(self, texts):
        self.texts.extend(texts)
        self.vectors.extend(self.embedder.embed_documents(texts))

    def search(self, query, k=2):
        q = self.embedder.embed_query(query)
        scored = sorted(zip(self.texts, self.vectors), key=lambda tv: -cosine(q, tv[1]))
        return [(text, round(cosine(q, vec), 4)) for text, vec in scored[:k]]
