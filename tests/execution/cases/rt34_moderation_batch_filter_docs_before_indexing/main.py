"""Index community recipes, but skip anything the moderation endpoint flags."""
import math

import openai

SUBMISSIONS = [
    "Pancakes: flour, milk, eggs, a pinch of salt. Fry in butter.",
    "I will hurt anyone who adds pineapple to pizza.",
    "Tomato soup: roast tomatoes and garlic, blend with stock.",
    "People who hate cilantro are stupid.",
    "Guacamole: avocado, lime, onion, cilantro, salt.",
]


def moderate(texts):
    mod = openai.Moderation.create(input=texts)
    kept, dropped = [], []
    for text, result in zip(texts, mod["results"]):
        if result["flagged"]:
            reasons = [cat for cat, flag in result["categories"].items() if flag]
            dropped.append((text, sorted(reasons)))
        else:
            kept.append(text)
    return kept, dropped


def embed(texts):
    data = openai.Embedding.create(input=texts, model="text-embedding-ada-002")["data"]
    return [d["embedding"] for d in data]


def norm(v):
    return math.sqrt(sum(x * x for x in v))


kept, dropped = moderate(SUBMISSIONS)
print(f"kept {len(kept)}, dropped {len(dropped)}")
for text, reasons in dropped:
    print("  dropped:", text[:30], "->", "/".join(reasons))

vectors = embed(kept)
for query in ["Tomato soup: roast tomatoes and garlic, blend with stock.", "pancakes"]:
    qv = embed([query])[0]
    scores = [sum(a * b for a, b in zip(qv, v)) / (norm(qv) * norm(v)) for v in vectors]
    order = sorted(range(len(kept)), key=lambda i: scores[i], reverse=True)
    print(query[:20], "->", [kept[i].split(":")[0] for i in order])
