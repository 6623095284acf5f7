import math

import openai


def embed(texts):
    response = openai.Embedding.create(model="text-embedding-ada-002", input=texts)
    return [item["embedding"] for item in response["data"]]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def best_match(query, documents):
    vectors = embed([query] + documents)
    scores = [cosine(vectors[0], v) for v in vectors[1:]]
    return documents[max(range(len(documents)), key=scores.__getitem__)]
