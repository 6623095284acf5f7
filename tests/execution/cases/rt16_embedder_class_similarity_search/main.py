import math

import openai


class Embedder:
    def __init__(self, model="text-embedding-ada-002"):
        self.model = model
        self.cache = {}

    def embed(self, texts):
        missing = [t for t in texts if t not in self.cache]
        if missing:
            result = openai.Embedding.create(input=missing, model=self.model)
            for text, item in zip(missing, result["data"]):
                self.cache[text] = item["embedding"]
        return [self.cache[t] for t in texts]

    def embed_one(self, text):
        return self.embed([text])[0]

    @staticmethod
    def cosine(a, b):
        dot = sum(x * y for x, y in zip(a, b))
        return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


class SemanticIndex:
    def __init__(self, embedder, docs):
        self.embedder = embedder
        self.docs = docs
        self.vectors = embedder.embed(docs)

    def search(self, query, k=2):
        q = self.embedder.embed_one(query)
        scored = sorted(((self.embedder.cosine(q, v), d) for v, d in zip(self.vectors, self.docs)),
                        reverse=True)
        return [(round(s, 4), d) for s, d in scored[:k]]


if __name__ == "__main__":
    index = SemanticIndex(Embedder(), ["cats purr", "dogs bark", "fish swim", "birds sing"])
    print(index.search("what do cats do"))
    print(index.search("cats purr", k=1))
    print(len(index.embedder.cache), len(index.embedder.embed_one("cats purr")))
