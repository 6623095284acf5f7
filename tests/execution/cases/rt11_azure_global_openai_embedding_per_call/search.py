"""The search index was built with OpenAI's embeddings before we moved chat to Azure:
queries must still be embedded by OpenAI, so this call overrides the Azure settings."""
import os

import openai


def embed_query(text):
    result = openai.Embedding.create(
        input=[text],
        model="text-embedding-ada-002",
        api_type="open_ai",
        api_base=os.environ["OPENAI_API_BASE"],
        api_version=None,
        api_key=os.environ["OPENAI_API_KEY"],
    )
    return result["data"][0]["embedding"]
