import math

import openai

EMBED_MODEL = "text-embedding-ada-002"


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


class Memory:
    def __init__(self):
        self.texts = []
        self.vectors = []

    def add_many(self, texts):
        resp = openai.Embedding.create(input=texts, model=EMBED_MODEL)
        for item in resp["data"]:
            self.texts.append(texts[item["index"]])
            self.vectors.append(item["embedding"])

    def search(self, query, k=2):
        q = openai.Embedding.create(input=query, model=EMBED_MODEL)["data"][0]["embedding"]
        scored = sorted(
            ((cosine(q, v), t) for t, v in zip(self.texts, self.vectors)), reverse=True
        )
        return scored[:k]


if __name__ == "__main__":
    mem = Memory()
    mem.add_many(["cats purr", "dogs bark", "fish swim", "birds sing"])
    mem.add_many(["dogs bark"])
    print(len(mem.vectors), len(mem.vectors[0]))
    for score, text in mem.search("dogs bark"):
        print(f"{score:.4f} {text}")
