import math


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


class ListStore:
    def __init__(self):
        self.rows = []

    def add(self, vectors, texts):
        for vector, text in zip(vectors, texts):
            self.rows.append((vector, text))

    def search(self, query_vector, k=2):
        scored = [(cosine(query_vector, vector), text) for vector, text in self.rows]
        scored.sort(key=lambda pair: pair[0], reverse=True)
        return scored[:k]
