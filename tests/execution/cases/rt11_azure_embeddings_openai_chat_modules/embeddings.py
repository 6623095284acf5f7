"""Embeddings come from the company's Azure resource (data must stay in the EU)."""
import os

import openai

AZURE_EMBEDDING_DEPLOYMENT = "embeddings"


def embed(texts):
    response = openai.Embedding.create(
        input=texts,
        deployment_id=AZURE_EMBEDDING_DEPLOYMENT,
        api_type="azure",
        api_base=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_version="2023-05-15",
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
    )
    return [item["embedding"] for item in response["data"]]
