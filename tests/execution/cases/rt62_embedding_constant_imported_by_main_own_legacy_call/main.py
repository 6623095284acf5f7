import openai

from embed import EMBED_MODEL, embed

DOCS = ["How to repot a cactus", "Best hiking boots for winter", "Watering schedule for ferns"]


def query_vector(q):
    resp = openai.Embedding.create(model=EMBED_MODEL, input=[q])
    return resp["data"][0]["embedding"]


if __name__ == "__main__":
    index = embed(DOCS)
    q = query_vector("houseplant care")
    print(len(index[0]), len(q))
    scores = [sum(a * b for a, b in zip(q, v)) for v in index]
    print(DOCS[max(range(len(DOCS)), key=scores.__getitem__)])
