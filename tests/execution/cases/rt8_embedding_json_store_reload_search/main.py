"""Embed a small FAQ once, store the vectors in a JSON file, then search it."""
import json
import math
import os

import openai

EMBED_MODEL = "text-embedding-ada-002"
STORE = "faq_vectors.json"
FAQ = [
    "How do I reset my password?",
    "Where can I download my invoices?",
    "How do I cancel my subscription?",
    "Which payment methods do you accept?",
]


def embed(texts):
    response = openai.Embedding.create(input=[t.replace("\n", " ") for t in texts],
                                       model=EMBED_MODEL)
    return [response["data"][i]["embedding"] for i in range(len(texts))]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def build_store():
    vectors = embed(FAQ)
    with open(STORE, "w") as f:
        json.dump({"model": EMBED_MODEL, "items": [
            {"text": t, "embedding": v} for t, v in zip(FAQ, vectors)]}, f)


def search(query, k=2):
    with open(STORE) as f:
        store = json.load(f)
    q = openai.Embedding.create(input=query, model=store["model"]).data[0].embedding
    scored = sorted(((cosine(q, item["embedding"]), item["text"]) for item in store["items"]),
                    reverse=True)
    return scored[:k]


if __name__ == "__main__":
    if os.path.exists(STORE):
        os.remove(STORE)
    build_store()
    print("dims:", len(json.load(open(STORE))["items"][0]["embedding"]))
    for score, text in search("How do I reset my password?"):
        print(f"{score:.3f} {text}")
