import math

import openai

EMBEDDING_MODEL = "text-embedding-ada-002"
EMBEDDING_DIM = 1536
ZERO = [0.0] * EMBEDDING_DIM

tickets = [
    "Printer on floor 3 is jammed again",
    "",
    "VPN disconnects every ten minutes",
    "   ",
    "Need a new laptop charger",
]

non_empty = [(i, t.strip()) for i, t in enumerate(tickets) if t.strip()]
result = openai.Embedding.create(input=[t for _, t in non_empty], model=EMBEDDING_MODEL)
vectors = [ZERO] * len(tickets)
for (i, _), item in zip(non_empty, result["data"]):
    vectors[i] = item["embedding"]

print("sizes:", [len(v) for v in vectors])
print("zero rows:", [i for i, v in enumerate(vectors) if not any(v)])


def similarity(a, b):
    na, nb = math.sqrt(sum(x * x for x in a)), math.sqrt(sum(x * x for x in b))
    if na == 0 or nb == 0:
        return 0.0
    return sum(x * y for x, y in zip(a, b)) / (na * nb)


query = openai.Embedding.create(input="network connection drops", model=EMBEDDING_MODEL)["data"][0]["embedding"]
for i, v in enumerate(vectors):
    print(i, round(similarity(query, v), 4))
