import math

from embed import embed_rows

rows = ["apples are red", "bananas are yellow", "the sky is blue"]
data = embed_rows(rows)
by_index = {d["index"]: d["embedding"] for d in data}
q = data[0].embedding
for i, row in enumerate(rows):
    v = by_index[i]
    cos = sum(a * b for a, b in zip(q, v)) / (math.sqrt(sum(a * a for a in q)) * math.sqrt(sum(b * b for b in v)))
    print(f"{row}: {cos:.3f}")
