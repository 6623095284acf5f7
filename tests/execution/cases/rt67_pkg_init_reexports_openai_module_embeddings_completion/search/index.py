import math

from . import EMBED_MODEL, openai


def _normalize(vector):
    norm = math.sqrt(sum(x * x for x in vector))
    return [x / norm for x in vector]


class Index:
    def __init__(self, docs):
        self.docs = list(docs)
        self.vectors = self._embed(self.docs)

    @staticmethod
    def _embed(texts):
        resp = openai.Embedding.create(input=texts, model=EMBED_MODEL)
        rows = sorted(resp["data"], key=lambda d: d["index"])
        return [_normalize(row["embedding"]) for row in rows]

    def search(self, query, k=2):
        q = self._embed([query])[0]
        scores = [sum(a * b for a, b in zip(v, q)) for v in self.vectors]
        order = sorted(range(len(scores)), key=lambda i: -scores[i])[:k]
        return [(self.docs[i], scores[i]) for i in order]
