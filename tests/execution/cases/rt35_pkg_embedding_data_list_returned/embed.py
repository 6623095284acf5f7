import openai


def embed_rows(rows):
    resp = openai.Embedding.create(model="text-embedding-ada-002", input=rows)
    return resp["data"]
