import heapq
import math

import openai

BATCH_SIZE = 2
rows = [
    {"id": 1, "text": "How do I reset my password?"},
    {"id": 2, "text": "Where can I download my invoice?"},
    {"id": 3, "text": "The app crashes when I open settings."},
    {"id": 4, "text": "Can I change the email on my account?"},
    {"id": 5, "text": "Refund policy for annual plans"},
]


def embed_rows(rows, model="text-embedding-ada-002"):
    for start in range(0, len(rows), BATCH_SIZE):
        batch = rows[start:start + BATCH_SIZE]
        resp = openai.Embedding.create(input=[r["text"] for r in batch], model=model)
        for row, item in zip(batch, resp["data"]):
            row["embedding"] = item["embedding"]


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.hypot(*a) * math.hypot(*b))


embed_rows(rows)
query = openai.Embedding.create(input="I forgot my login", model="text-embedding-ada-002")["data"][0]["embedding"]
best = heapq.nlargest(2, rows, key=lambda r: cosine(query, r["embedding"]))
print([r["id"] for r in best])
print(len(rows[0]["embedding"]))
