import math
import os
import shelve
import tempfile

import openai

EMBEDDING_MODEL = "text-embedding-ada-002"
DB = os.path.join(tempfile.mkdtemp(), "embeddings.db")

TEXTS = [
    "The Eiffel Tower is in Paris.",
    "Bananas are rich in potassium.",
    "Paris is the capital of France.",
]


def embed_all(texts):
    with shelve.open(DB) as db:
        missing = [t for t in texts if t not in db]
        if missing:
            resp = openai.Embedding.create(input=missing, model=EMBEDDING_MODEL)
            for text, item in zip(missing, resp["data"]):
                db[text] = item["embedding"]
        print(f"  {len(missing)} embedded, {len(texts) - len(missing)} from cache")
        return [db[t] for t in texts]


def cosine(u, v):
    dot = sum(a * b for a, b in zip(u, v))
    return dot / (math.sqrt(sum(a * a for a in u)) * math.sqrt(sum(b * b for b in v)))


for attempt in range(2):
    print("pass", attempt + 1)
    vectors = embed_all(TEXTS + ["Where is the Eiffel Tower?"] * attempt)
query = vectors[-1]
for text, vec in zip(TEXTS, vectors):
    print(f"{cosine(query, vec):+.4f} {text}")
