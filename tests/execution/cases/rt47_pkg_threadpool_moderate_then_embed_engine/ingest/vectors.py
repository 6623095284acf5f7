import os

import openai

ENGINE = os.environ.get("EMBEDDING_ENGINE", "text-embedding-ada-002")


def embed(text):
    response = openai.Embedding.create(input=[text], engine=ENGINE)
    return response["data"][0]["embedding"]
