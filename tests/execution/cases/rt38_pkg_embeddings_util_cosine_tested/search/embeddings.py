import math

import openai

EMBEDDING_ENGINE = "text-embedding-ada-002"


def get_embedding(text, engine=EMBEDDING_ENGINE):
    text = text.replace("\n", " ")
    return openai.Embedding.create(input=[text], engine=engine)["data"][0]["embedding"]


def get_embeddings(texts, engine=EMBEDDING_ENGINE):
    data = openai.Embedding.create(input=texts, engine=engine).data
    return [d["embedding"] for d in sorted(data, key=lambda d: d["index"])]


def cosine_similarity(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))
