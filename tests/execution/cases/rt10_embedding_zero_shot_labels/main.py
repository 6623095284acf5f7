import math

import openai

LABELS = {
    "sports": "An article about sports, games and athletes.",
    "finance": "An article about money, markets and the economy.",
}
ITEMS = [
    "The striker scored twice in the final.",
    "Stocks fell after the central bank raised rates.",
    "The marathon runner broke the record.",
]


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def norm(a):
    return math.sqrt(dot(a, a))


def cosine_similarity(a, b):
    return dot(a, b) / (norm(a) * norm(b))


texts = list(LABELS.values()) + ITEMS
response = openai.Embedding.create(model="text-embedding-ada-002", input=texts)
embeddings = [row["embedding"] for row in response["data"]]
label_vecs = dict(zip(LABELS, embeddings[: len(LABELS)]))
item_vecs = embeddings[len(LABELS):]

for item, vec in zip(ITEMS, item_vecs):
    scores = {label: cosine_similarity(vec, lv) for label, lv in label_vecs.items()}
    best = max(scores, key=scores.get)
    print(f"{best:8s} {scores[best]:+.4f} {item}")
print("tokens used:", response["usage"]["total_tokens"])
