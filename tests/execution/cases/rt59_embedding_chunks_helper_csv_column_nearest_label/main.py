import csv
import math
import time

import openai

EMBED_MODEL = "text-embedding-ada-002"
BATCH = 2


def chunks(lst, n):
    for i in range(0, len(lst), n):
        yield lst[i:i + n]


def embed_all(texts):
    vectors = []
    for batch in chunks(texts, BATCH):
        res = openai.Embedding.create(input=batch, engine=EMBED_MODEL)
        vectors += [d["embedding"] for d in sorted(res["data"], key=lambda d: d["index"])]
        time.sleep(0.01)
    return vectors


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


with open("faq.csv") as f:
    rows = list(csv.DictReader(f))

vecs = embed_all([r["question"] for r in rows])
print("dims:", len(vecs[0]), "rows:", len(vecs))
correct = 0
for i, row in enumerate(rows):
    sims = [(cosine(vecs[i], v), j) for j, v in enumerate(vecs) if j != i]
    best_sim, j = max(sims)
    pred = rows[j]["topic"]
    correct += pred == row["topic"]
    print(f"{row['question'][:28]:<28} nn={j} sim={best_sim:.4f} pred={pred}")
print(f"leave-one-out accuracy: {correct}/{len(rows)}")
