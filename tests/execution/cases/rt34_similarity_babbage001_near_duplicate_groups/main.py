"""Find duplicate questions in our FAQ before publishing it."""
import math

import openai

QUESTIONS = [
    "How do I reset my password?",
    "How can I change my email address?",
    "How do I reset my password?",
    "Where is my order?",
    "How can I change my email address?",
    "Do you ship to Canada?",
]
THRESHOLD = 0.95

resp = openai.Embedding.create(engine="text-similarity-babbage-001", input=QUESTIONS)
vectors = [d["embedding"] for d in resp["data"]]


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


parent = list(range(len(QUESTIONS)))


def find(i):
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


for i in range(len(QUESTIONS)):
    for j in range(i + 1, len(QUESTIONS)):
        if cosine(vectors[i], vectors[j]) >= THRESHOLD:
            parent[find(j)] = find(i)

groups = {}
for i in range(len(QUESTIONS)):
    groups.setdefault(find(i), []).append(i)
for members in groups.values():
    tag = "DUPLICATES" if len(members) > 1 else "unique"
    print(f"{tag:10s} {members} {QUESTIONS[members[0]]}")
