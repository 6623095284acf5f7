import math

import openai


def get_embedding(text, engine="text-embedding-ada-002"):
    text = text.replace("\n", " ")
    return openai.Embedding.create(input=[text], engine=engine)["data"][0]["embedding"]


def get_embeddings(texts, engine="text-embedding-ada-002"):
    response = openai.Embedding.create(input=texts, engine=engine)
    ordered = sorted(response["data"], key=lambda d: d["index"])
    return [d["embedding"] for d in ordered]


def cosine_similarity(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def search(query, documents, top_k=2):
    doc_vectors = get_embeddings(documents)
    query_vector = get_embedding(query)
    scored = [(cosine_similarity(query_vector, v), d) for v, d in zip(doc_vectors, documents)]
    scored.sort(reverse=True)
    return scored[:top_k]


if __name__ == "__main__":
    docs = ["How to reset a password", "Shipping times for Europe", "Refund policy",
            "How to reset a password"]
    for score, doc in search("How to reset a password", docs):
        print(f"{score:.4f} {doc}")
