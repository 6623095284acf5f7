"""Embeddings helpers. Run `python -m textkit.embed word1 word2` for a quick check."""
import math

import openai

MODEL = "text-embedding-ada-002"


def embed(texts):
    response = openai.Embedding.create(input=texts, model=MODEL)
    return [d["embedding"] for d in sorted(response["data"], key=lambda d: d["index"])]


def similarity(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(x * x for x in b)))


if __name__ == "__main__":
    import sys

    vectors = embed(sys.argv[1:] or ["hello", "world"])
    print(len(vectors), "vectors")
    if len(vectors) > 1:
        print("similarity:", round(similarity(vectors[0], vectors[1]), 4))
