import os

import openai

EMBEDDING_MODEL = os.getenv("EMBEDDING_MODEL", "text-search-ada-doc-001")
EMBEDDING_DIMS = {
    "text-search-ada-doc-001": 1024,
    "text-search-babbage-doc-001": 2048,
    "text-embedding-ada-002": 1536,
}

openai.api_key = os.getenv("OPENAI_API_KEY")


class VectorIndex:
    def __init__(self, model=EMBEDDING_MODEL):
        self.model = model
        self.dim = EMBEDDING_DIMS[model]
        self.rows = []

    def add(self, texts):
        data = openai.Embedding.create(input=texts, model=self.model)["data"]
        for text, item in zip(texts, data):
            vec = item["embedding"]
            assert len(vec) == self.dim, (len(vec), self.dim)
            self.rows.append((text, vec))

    def search(self, query):
        q = openai.Embedding.create(input=[query], model=self.model)["data"][0]["embedding"]
        return max(self.rows, key=lambda row: sum(a * b for a, b in zip(row[1], q)))[0]


index = VectorIndex()
index.add(["red apples", "green pears", "blue whales"])
print("dim", index.dim, "rows", len(index.rows))
print("best:", index.search("ocean animals"))
