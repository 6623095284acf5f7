import openai

EMBED_MODEL = "text-embedding-ada-002"


def embed_batch(texts):
    return openai.Embedding.create(input=texts, model=EMBED_MODEL)
