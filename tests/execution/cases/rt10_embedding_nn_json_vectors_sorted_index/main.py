import json
import math
import os
import tempfile

import openai

DOCS = [
    "How to bake sourdough bread",
    "Tips for baking a crusty loaf",
    "Introduction to linear algebra",
    "Matrices and vectors explained",
    "Training for your first 10k run",
]
OUT = os.path.join(tempfile.mkdtemp(), "vectors.json")


def embed_batch(batch):
    result = openai.Embedding.create(input=batch, model="text-embedding-ada-002")
    return [d["embedding"] for d in sorted(result["data"], key=lambda d: d["index"])]


def cos(a, b):
    num = sum(x * y for x, y in zip(a, b))
    return num / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


vectors = []
for i in range(0, len(DOCS), 2):
    vectors.extend(embed_batch(DOCS[i:i + 2]))

with open(OUT, "w") as f:
    json.dump([{"doc": d, "vector": v} for d, v in zip(DOCS, vectors)], f)

with open(OUT) as f:
    rows = json.load(f)

for i, row in enumerate(rows):
    best = max((j for j in range(len(rows)) if j != i),
               key=lambda j: cos(row["vector"], rows[j]["vector"]))
    print(f"{row['doc']!r} ~ {rows[best]['doc']!r} ({cos(row['vector'], rows[best]['vector']):.3f})")
