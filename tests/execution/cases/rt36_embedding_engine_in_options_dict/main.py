import math

import openai

EMBED_OPTS = {"engine": "text-embedding-ada-002"}


def embed(texts):
    resp = openai.Embedding.create(input=texts, **EMBED_OPTS)
    return [item["embedding"] for item in resp["data"]]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


faq = ["How do I reset my password?", "Where is my order?", "Can I pay with PayPal?"]
faq_vectors = embed(faq)
query = embed(["How do I reset my password?"])[0]
scores = sorted(((cosine(query, v), q) for v, q in zip(faq_vectors, faq)), reverse=True)
for score, q in scores:
    print(f"{score:.3f} {q}")
print("dims:", len(query))
