import math
import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

EMBEDDING_MODEL = "text-embedding-ada-002"
EMBEDDING_DEPLOYMENT = "embeddings"


def get_embeddings(texts):
    response = openai.Embedding.create(
        input=texts, engine=EMBEDDING_DEPLOYMENT, model=EMBEDDING_MODEL
    )
    return [item["embedding"] for item in response["data"]]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


a, b = get_embeddings(["reset my password", "I forgot my login credentials"])
print(len(a), f"{cosine(a, b):.3f}")
