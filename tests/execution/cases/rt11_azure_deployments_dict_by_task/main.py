"""FAQ bot on Azure OpenAI: one deployment per task, looked up in a dict."""
import math
import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

DEPLOYMENTS = {
    "chat": "chat",
    "embed": "embeddings",
}

FAQ = [
    "You can return an item within 30 days.",
    "Shipping is free for orders over 50 euros.",
    "Gift cards never expire.",
]


def embed(texts):
    response = openai.Embedding.create(engine=DEPLOYMENTS["embed"], input=texts)
    return [d["embedding"] for d in response["data"]]


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.hypot(*a) * math.hypot(*b))


def answer(question):
    vectors = embed(FAQ)
    q = embed([question])[0]
    best = max(range(len(FAQ)), key=lambda i: cosine(q, vectors[i]))
    response = openai.ChatCompletion.create(
        engine=DEPLOYMENTS["chat"],
        messages=[
            {"role": "system", "content": "Answer with the FAQ entry: " + FAQ[best]},
            {"role": "user", "content": question},
        ],
        temperature=0,
    )
    return FAQ[best], response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    entry, reply = answer("Do gift cards expire?")
    print("entry:", entry)
    print("reply:", reply)
