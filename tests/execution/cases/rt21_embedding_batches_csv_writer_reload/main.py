"""Embed a CSV of titles in batches of N and write the vectors back to a CSV (2023 RAG prep)."""
import csv
import io
import math
import os
import tempfile

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

BATCH = 4
TITLES = """id,title
1,How to train your dragon
2,Learning Python the hard way
3,The joy of cooking
4,Deep learning with PyTorch
5,Gardening for beginners
6,Fluent Python
"""


def get_embeddings(texts, model="text-embedding-ada-002"):
    texts = [t.replace("\n", " ") for t in texts]
    out = []
    for i in range(0, len(texts), BATCH):
        batch = texts[i:i + BATCH]
        print(f"batch {i // BATCH + 1}: {len(batch)} texts")
        response = openai.Embedding.create(input=batch, model=model)
        out.extend([d["embedding"] for d in response["data"]])
    return out


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def main():
    rows = list(csv.DictReader(io.StringIO(TITLES)))
    vectors = get_embeddings([r["title"] for r in rows])
    path = os.path.join(tempfile.mkdtemp(), "titles_embedded.csv")
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "title", "embedding"])
        for row, vec in zip(rows, vectors):
            writer.writerow([row["id"], row["title"], " ".join(f"{x:.6f}" for x in vec)])
    with open(path, newline="") as f:
        loaded = [(r["id"], r["title"], [float(x) for x in r["embedding"].split()])
                  for r in csv.DictReader(f)]
    query = get_embeddings(["python programming books"])[0]
    ranked = sorted(loaded, key=lambda r: cosine(query, r[2]), reverse=True)
    for rid, title, vec in ranked[:3]:
        print(rid, title, round(cosine(query, vec), 3))


if __name__ == "__main__":
    main()
