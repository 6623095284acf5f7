import openai

EMBED_PARAMS = {"model": "text-similarity-ada-001", "request_timeout": 10}
STORE_DIM = 1024  # the vector index was created with 1024 dimensions


def embed(text):
    return openai.Embedding.create(input=text, **EMBED_PARAMS)["data"][0]["embedding"]


if __name__ == "__main__":
    v = embed("the quick brown fox")
    print(len(v), len(v) == STORE_DIM)
