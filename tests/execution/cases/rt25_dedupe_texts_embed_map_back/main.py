import math

import openai

reviews = [
    "great product",
    "terrible support",
    "great product",
    "arrived late",
    "terrible support",
    "great product",
]

unique = list(dict.fromkeys(reviews))
resp = openai.Embedding.create(input=unique, engine="text-embedding-ada-002")
lookup = dict(zip(unique, (d["embedding"] for d in resp["data"])))
vectors = [lookup[r] for r in reviews]
print(f"embedded {len(unique)} unique of {len(reviews)} reviews")


def cos(a, b):
    return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


anchor = vectors[0]
print([round(cos(anchor, v), 3) for v in vectors])
