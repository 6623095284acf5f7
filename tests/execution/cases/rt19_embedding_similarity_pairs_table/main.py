import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def get_embedding(text, model="text-embedding-ada-002"):
    text = text.replace("\n", " ")
    return openai.Embedding.create(input=[text], model=model)["data"][0]["embedding"]


def cosine_similarity(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    norm_a = sum(x * x for x in a) ** 0.5
    norm_b = sum(y * y for y in b) ** 0.5
    return dot / (norm_a * norm_b)


embedding = get_embedding("Your text goes here")
print(len(embedding))
print([round(v, 3) for v in embedding[:3]])

words = ["cat", "dog", "car", "kitten"]
vectors = {word: get_embedding(word) for word in words}

print("          " + "".join(f"{w:>9}" for w in words))
for a in words:
    row = "".join(f"{cosine_similarity(vectors[a], vectors[b]):9.3f}" for b in words)
    print(f"{a:>10}{row}")

best = max((w for w in words if w != "cat"), key=lambda w: cosine_similarity(vectors["cat"], vectors[w]))
print("closest to cat:", best)
