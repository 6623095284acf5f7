"""Rank a handful of FAQ entries against a question by cosine similarity."""
import math

import openai

EMBED_MODEL = "text-embedding-ada-002"

FAQ = [
    "How do I reset my password?",
    "Where can I download my invoices?",
    "How do I cancel my subscription?",
]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def embed_all(texts):
    response = openai.Embedding.create(input=texts, model=EMBED_MODEL)
    rows = sorted(response["data"], key=lambda row: row["index"])
    return [row["embedding"] for row in rows], response["usage"]["total_tokens"]


def main():
    vectors, used = embed_all(FAQ)
    query = openai.Embedding.create(input="I forgot my password", model=EMBED_MODEL)
    q = query["data"][0]["embedding"]
    scores = [(round(cosine(q, v), 4), text) for v, text in zip(vectors, FAQ)]
    for score, text in sorted(scores, reverse=True):
        print(f"{score:+.4f}  {text}")
    print("dimensions:", len(q), "tokens:", used)


if __name__ == "__main__":
    main()
