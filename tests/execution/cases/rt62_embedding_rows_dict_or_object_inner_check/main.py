import openai


def vectors_of(resp):
    rows = resp["data"]
    return [row["embedding"] if isinstance(row, dict) else row.embedding for row in rows]


def embed(texts, model="text-similarity-ada-001"):
    return vectors_of(openai.Embedding.create(model=model, input=texts))


if __name__ == "__main__":
    words = ["apple", "banana", "carburetor"]
    vecs = embed(words)
    sims = [round(sum(a * b for a, b in zip(vecs[0], v)), 4) for v in vecs]
    print(len(vecs), len(vecs[0]), sims)
