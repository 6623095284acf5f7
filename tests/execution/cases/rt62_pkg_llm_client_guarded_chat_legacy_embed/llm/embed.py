import openai

EMBED_MODEL = "text-search-ada-doc-001"


def embed(texts):
    resp = openai.Embedding.create(model=EMBED_MODEL, input=texts)
    return [item["embedding"] for item in resp["data"]]
