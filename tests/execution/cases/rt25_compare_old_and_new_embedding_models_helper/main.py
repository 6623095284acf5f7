import math

import openai

PAIRS = [
    ("How do I bake bread?", "Bread baking instructions"),
    ("How do I bake bread?", "Car insurance quotes"),
]


def embed(texts, engine):
    resp = openai.Embedding.create(input=texts, engine=engine)
    return [row["embedding"] for row in resp["data"]]


def cos(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


for engine in ["text-similarity-ada-001", "text-embedding-ada-002"]:
    scores = []
    for q, d in PAIRS:
        qv, dv = embed([q, d], engine)
        scores.append(round(cos(qv, dv), 4))
    print(f"{engine}: dim={len(qv)} scores={scores}")
