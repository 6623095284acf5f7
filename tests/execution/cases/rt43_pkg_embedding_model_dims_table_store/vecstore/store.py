import openai

from vecstore.dims import EMBEDDING_DIMS


class VectorStore:
    def __init__(self, model):
        self.model = model
        self.dim = EMBEDDING_DIMS[model]
        self.rows = []

    def add(self, texts):
        response = openai.Embedding.create(model=self.model, input=texts)
        for text, item in zip(texts, response["data"]):
            vector = item["embedding"]
            if len(vector) != self.dim:
                raise ValueError("dimension mismatch")
            self.rows.append((text, vector))

    def nearest(self, query):
        response = openai.Embedding.create(model=self.model, input=[query])
        q = response["data"][0]["embedding"]
        scores = [(sum(a * b for a, b in zip(q, v)), t) for t, v in self.rows]
        return max(scores)[1]
