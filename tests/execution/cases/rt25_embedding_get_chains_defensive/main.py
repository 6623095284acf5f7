import openai

MODEL = "text-embedding-ada-002"


def embed_batch(texts):
    response = openai.Embedding.create(model=MODEL, input=texts)
    data = response.get("data", [])
    usage = response.get("usage", {})
    vectors = [row.get("embedding") for row in data]
    return vectors, usage.get("total_tokens", 0)


vectors, tokens = embed_batch(["first line", "second line here", "third"])
print("got", len(vectors), "vectors for", tokens, "tokens")
print("lengths", [len(v) for v in vectors])
print("head", round(vectors[2][0], 6))
