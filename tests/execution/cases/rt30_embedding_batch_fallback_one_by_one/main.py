import openai

TEXTS = ["apples and pears", "", "oranges", "lemons and limes"]


def embed_batch(texts):
    response = openai.Embedding.create(model="text-embedding-ada-002", input=texts)
    rows = sorted(response["data"], key=lambda d: d["index"])
    return [row["embedding"] for row in rows], response["usage"]["total_tokens"]


try:
    vectors, tokens = embed_batch(TEXTS)
except openai.error.InvalidRequestError as e:
    print(f"batch refused (status {e.http_status}, param {e.param}); embedding one by one")
    vectors, tokens = [], 0
    for text in TEXTS:
        if not text.strip():
            vectors.append(None)
            continue
        vec, used = embed_batch([text])
        vectors.append(vec[0])
        tokens += used

for text, vec in zip(TEXTS, vectors):
    print(repr(text), "->", "skipped" if vec is None else f"{len(vec)} dims, first {vec[0]:+.4f}")
print("tokens:", tokens)
