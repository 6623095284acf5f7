import math
import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])


def embed(text: str):
    result = genai.embed_content(model="models/embedding-001", content=text,
                                 task_type="retrieval_document", title="notes")
    return result["embedding"]


def embed_query(query: str):
    return genai.embed_content(model="models/embedding-001", content=query,
                               task_type="retrieval_query")["embedding"]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


documents = ["Cats sleep a lot.", "Rust is a systems language."]
vectors = [embed(doc) for doc in documents]
query = embed_query("Which animal naps?")
best = max(range(len(documents)), key=lambda i: cosine(query, vectors[i]))
print(len(vectors[0]), documents[best], round(cosine(query, vectors[best]), 4))
