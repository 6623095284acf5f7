import functools
import os


class VectorStore:
    def __init__(self, model="text-embedding-ada-002"):
        self.model = model
        self.items = []

    @functools.cached_property
    def openai(self):
        import openai

        openai.api_key = os.environ["OPENAI_API_KEY"]
        return openai

    def add(self, texts):
        resp = self.openai.Embedding.create(model=self.model, input=texts)
        for text, row in zip(texts, resp["data"]):
            self.items.append((text, row["embedding"]))

    def nearest(self, query):
        q = self.openai.Embedding.create(model=self.model, input=[query])["data"][0]["embedding"]
        scored = [(sum(a * b for a, b in zip(q, v)), t) for t, v in self.items]
        return max(scored)
