"""Embedding helper shared by our services: works on OpenAI and on Azure OpenAI."""
import openai

MODEL = "text-embedding-ada-002"
AZURE_DEPLOYMENT = "embeddings"


def embed(texts):
    if openai.api_type in ("azure", "azure_ad"):
        target = {"engine": AZURE_DEPLOYMENT}
    else:
        target = {"model": MODEL}
    response = openai.Embedding.create(input=texts, **target)
    return [row["embedding"] for row in response["data"]]
