import math
from operator import itemgetter

import openai

EMBEDDING_MODEL = "text-embedding-ada-002"

FAQ = [
    "How do I reset my password?",
    "Where can I download my invoices?",
    "How do I cancel my subscription?",
    "Which payment methods do you accept?",
]


def embed_batch(texts):
    response = openai.Embedding.create(model=EMBEDDING_MODEL, input=texts)
    data = sorted(response["data"], key=itemgetter("index"))
    return [row["embedding"] for row in data]


def norm(v):
    return math.sqrt(sum(x * x for x in v))


def similarity(a, b):
    return sum(x * y for x, y in zip(a, b)) / (norm(a) * norm(b))


if __name__ == "__main__":
    faq_vectors = embed_batch(FAQ)
    (query,) = embed_batch(["How do I cancel my subscription?"])
    ranked = sorted(zip(FAQ, faq_vectors), key=lambda p: similarity(query, p[1]), reverse=True)
    for text, vec in ranked[:2]:
        print(f"{similarity(query, vec):.4f}  {text}")
