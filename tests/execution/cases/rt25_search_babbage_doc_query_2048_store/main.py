import math

import openai

DOC_MODEL = "text-search-babbage-doc-001"
QUERY_MODEL = "text-search-babbage-query-001"
EMBEDDING_SIZE = 2048

docs = {
    "refunds": "Refunds are issued to the original payment method within 10 days.",
    "shipping": "Orders ship within two business days from our Ohio warehouse.",
    "returns": "Items can be returned within 30 days if unused and in original packaging.",
}

ids = list(docs)
response = openai.Embedding.create(input=[docs[i] for i in ids], model=DOC_MODEL)
store = {ids[item["index"]]: item["embedding"] for item in response["data"]}
assert all(len(v) == EMBEDDING_SIZE for v in store.values())


def norm(v):
    return math.sqrt(sum(x * x for x in v))


def search(question):
    q = openai.Embedding.create(input=question, model=QUERY_MODEL)["data"][0]["embedding"]
    scores = {k: sum(a * b for a, b in zip(q, v)) / (norm(q) * norm(v)) for k, v in store.items()}
    return max(scores, key=scores.get), scores


best, scores = search("how long does delivery take?")
print("best:", best)
print({k: round(s, 4) for k, s in sorted(scores.items())})
