import math
import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

CHAT_DEPLOYMENT = "chat"
EMBED_DEPLOYMENT = "embeddings"


def embed(texts):
    resp = openai.Embedding.create(deployment_id=EMBED_DEPLOYMENT, input=texts)
    return [item["embedding"] for item in resp["data"]]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def answer(question, context):
    resp = openai.ChatCompletion.create(
        deployment_id=CHAT_DEPLOYMENT,
        messages=[
            {"role": "system", "content": "Answer from the context."},
            {"role": "user", "content": f"{context}\n\nQ: {question}"},
        ],
    )
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    docs = ["Paris is in France.", "Berlin is in Germany.", "Rome is in Italy."]
    vectors = embed(docs)
    query = embed(["Where is Berlin?"])[0]
    best = max(range(len(docs)), key=lambda i: cosine(query, vectors[i]))
    print("best doc:", docs[best])
    print(answer("Where is Berlin?", docs[best]))
