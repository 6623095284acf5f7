import math

import openai

STORE_DIM = 1536  # the store was created for text-embedding-ada-002
LEGACY_MODEL = "text-similarity-ada-001"


def pad(vec, dim=STORE_DIM):
    if len(vec) > dim:
        return vec[:dim]
    return vec + [0.0] * (dim - len(vec))


legacy_docs = ["old wiki page about onboarding", "old wiki page about expenses"]
res = openai.Embedding.create(input=legacy_docs, model=LEGACY_MODEL)
store = [(doc, pad(row["embedding"])) for doc, row in zip(legacy_docs, res["data"])]
print("raw dim:", len(res["data"][0]["embedding"]), "stored dim:", len(store[0][1]))
print("padding zeros:", sum(1 for x in store[0][1] if x == 0.0))

q = pad(openai.Embedding.create(input="how do I file expenses", model=LEGACY_MODEL)["data"][0]["embedding"])
for doc, v in store:
    s = sum(a * b for a, b in zip(q, v)) / (math.sqrt(sum(a * a for a in q)) * math.sqrt(sum(b * b for b in v)))
    print(f"{s:.4f} {doc}")
