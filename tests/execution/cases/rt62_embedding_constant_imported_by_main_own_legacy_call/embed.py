"""Index embeddings. The query side in main.py was written later and talks to the API itself."""
import openai

try:
    from openai import OpenAI
    _client = OpenAI()
except ImportError:
    _client = None

EMBED_MODEL = "text-search-ada-doc-001"


def embed(texts):
    if _client is not None:
        rows = _client.embeddings.create(model=EMBED_MODEL, input=texts).data
        return [row.embedding for row in rows]
    resp = openai.Embedding.create(model=EMBED_MODEL, input=texts)
    return [row["embedding"] for row in resp["data"]]
