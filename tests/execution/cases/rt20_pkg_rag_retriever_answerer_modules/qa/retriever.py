import openai

from qa.settings import EMBED_MODEL, TOP_K


def _dot(a, b):
    return sum(x * y for x, y in zip(a, b))


class Retriever:
    def __init__(self, documents):
        self.documents = documents
        resp = openai.Embedding.create(model=EMBED_MODEL, input=documents)
        self.vectors = [d.embedding for d in resp.data]

    def top(self, query, k=TOP_K):
        q = openai.Embedding.create(model=EMBED_MODEL, input=query).data[0].embedding
        ranked = sorted(range(len(self.documents)), key=lambda i: _dot(q, self.vectors[i]), reverse=True)
        return [self.documents[i] for i in ranked[:k]]
