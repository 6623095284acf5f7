"""KATE-style few-shot: pick the in-context examples nearest to the query by embedding."""
import math

import openai

EMBED_MODEL = "text-embedding-ada-002"
POOL = [
    ("The food was cold and bland.", "negative"),
    ("Friendly staff and quick service!", "positive"),
    ("I will never come back here.", "negative"),
    ("Best pizza I have had in years.", "positive"),
    ("The room smelled of smoke.", "negative"),
]
QUERIES = ["Great pasta and a lovely terrace.", "Waited an hour for a cold burger."]


def embed(texts):
    resp = openai.Embedding.create(model=EMBED_MODEL, input=texts)
    return [d["embedding"] for d in resp["data"]]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


pool_vecs = embed([t for t, _ in POOL])
query_vecs = embed(QUERIES)

for query, qv in zip(QUERIES, query_vecs):
    ranked = sorted(range(len(POOL)), key=lambda i: -cosine(qv, pool_vecs[i]))[:2]
    shots = "".join(f"Input: {POOL[i][0]}\nLabel: {POOL[i][1]}\n\n" for i in ranked)
    completion = openai.Completion.create(
        model="text-davinci-003",
        prompt=shots + f"Input: {query}\nLabel:",
        max_tokens=3,
        temperature=0,
    )
    print("shots:", ranked, "| label:", completion.choices[0].text.strip())
