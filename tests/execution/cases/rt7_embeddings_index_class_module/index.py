import math

from embedder import embed


class VectorIndex:
    def __init__(self):
        self.items = []

    def add_all(self, texts):
        for text, vec in zip(texts, embed(texts)):
            self.items.append((text, vec))

    def search(self, query, k=1):
        (q,) = embed([query])
        def score(item):
            v = item[1]
            return sum(a * b for a, b in zip(q, v)) / (
                math.sqrt(sum(a * a for a in q)) * math.sqrt(sum(b * b for b in v)))
        return [text for text, _ in sorted(self.items, key=score, reverse=True)[:k]]
