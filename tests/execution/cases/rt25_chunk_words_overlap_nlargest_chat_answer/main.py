import heapq
import math
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

ARTICLE = """
The James Webb Space Telescope launched on 25 December 2021 on an Ariane 5 rocket from Kourou.
It reached the second Lagrange point about a month later. Its primary mirror is made of 18
hexagonal segments of gold-plated beryllium and measures 6.5 metres across. The telescope
observes mainly in the infrared, which lets it see through dust clouds and study the earliest
galaxies. The sunshield has five layers, each as thin as a human hair, and keeps the
instruments below 50 kelvin. The first full-colour images were released on 12 July 2022,
including the deep field SMACS 0723. The mission is expected to last at least twenty years
thanks to a precise launch that saved fuel.
"""


def chunk_words(text, size=30, overlap=5):
    words = text.split()
    chunks = []
    start = 0
    while start < len(words):
        chunks.append(" ".join(words[start:start + size]))
        start += size - overlap
    return chunks


def embed(texts):
    resp = openai.Embedding.create(input=texts, model="text-embedding-ada-002")
    return [d["embedding"] for d in resp["data"]]


def cosine(u, v):
    dot = sum(a * b for a, b in zip(u, v))
    return dot / (math.sqrt(sum(a * a for a in u)) * math.sqrt(sum(b * b for b in v)))


chunks = chunk_words(ARTICLE)
chunk_vecs = embed(chunks)
print(f"{len(chunks)} chunks")

question = "How big is the mirror?"
[qvec] = embed([question])
top = heapq.nlargest(3, range(len(chunks)), key=lambda i: cosine(qvec, chunk_vecs[i]))
print("top chunks:", top)

context = "\n---\n".join(chunks[i] for i in top)
completion = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[
        {"role": "system", "content": "You answer questions using only the provided context."},
        {"role": "user", "content": f"Context:\n{context}\n\nQuestion: {question}"},
    ],
    temperature=0,
    max_tokens=120,
)
print(completion.choices[0].message["content"])
