import openai

EMBED_KW = dict(
    timeout=600,
    request_timeout=20,
    user="indexer",
)


def vectors(texts):
    out = openai.Embedding.create(model="text-embedding-ada-002", input=texts, **EMBED_KW)
    return [row["embedding"] for row in out["data"]]


if __name__ == "__main__":
    vs = vectors(["alpha", "beta"])
    print(len(vs), len(vs[0]))
