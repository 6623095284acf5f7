import openai


def embed(texts, model="text-embedding-ada-002"):
    resp = openai.Embedding.create(input=texts, model=model)
    return [d["embedding"] for d in resp["data"]]
