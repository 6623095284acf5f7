import openai


def embed_batch(texts, model="text-embedding-ada-002"):
    resp = openai.Embedding.create(model=model, input=texts)
    print(f"model={resp['model']} tokens={resp['usage']['total_tokens']} "
          f"count={len(resp['data'])}")
    return [row.embedding for row in resp.data]


def mean_vector(vectors):
    n = len(vectors)
    return [sum(col) / n for col in zip(*vectors)]


if __name__ == "__main__":
    vecs = embed_batch(["red apple", "green pear", "yellow banana"])
    centroid = mean_vector(vecs)
    print(len(centroid), round(sum(x * x for x in centroid), 3))
    print(type(vecs[0]).__name__, type(vecs[0][0]).__name__)
