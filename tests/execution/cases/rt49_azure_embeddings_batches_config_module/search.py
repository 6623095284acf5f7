import math

import openai

import config

openai.api_type = "azure"
openai.api_base = config.AZURE_ENDPOINT
openai.api_key = config.AZURE_KEY
openai.api_version = config.AZURE_API_VERSION


def embed_all(texts):
    rows = []
    used = 0
    for start in range(0, len(texts), config.BATCH_SIZE):
        batch = texts[start:start + config.BATCH_SIZE]
        response = openai.Embedding.create(deployment_id=config.EMBEDDING_DEPLOYMENT, input=batch)
        ordered = sorted(response["data"], key=lambda item: item["index"])
        rows.extend(item["embedding"] for item in ordered)
        used += response["usage"]["total_tokens"]
    return rows, used


def norm(vector):
    return math.sqrt(sum(x * x for x in vector))


def top_k(query_vector, matrix, k=3):
    scores = [sum(a * b for a, b in zip(query_vector, row)) for row in matrix]
    order = sorted(range(len(scores)), key=lambda i: -scores[i])[:k]
    return [(i, round(scores[i], 4)) for i in order]
