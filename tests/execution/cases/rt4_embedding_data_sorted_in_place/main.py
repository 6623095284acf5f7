import openai


def embed_all(texts):
    resp = openai.Embedding.create(model="text-embedding-ada-002", input=texts)
    data = resp["data"]
    data.sort(key=lambda d: d["index"])
    return [d["embedding"][:3] for d in data], resp["usage"]["prompt_tokens"]


if __name__ == "__main__":
    vectors, tokens = embed_all(["red apple", "green pear", "blue plum"])
    for v in vectors:
        print([round(x, 4) for x in v])
    print(tokens)
