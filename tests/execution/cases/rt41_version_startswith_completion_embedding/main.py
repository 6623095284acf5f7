import math

import openai

LEGACY = openai.__version__.startswith("0.")
EMBED_MODEL = "text-embedding-ada-002"
TEXT_MODEL = "text-davinci-003"

if not LEGACY:
    client = openai.OpenAI()


def embed(texts):
    if LEGACY:
        data = openai.Embedding.create(model=EMBED_MODEL, input=texts)["data"]
        return [row["embedding"] for row in data]
    data = client.embeddings.create(model=EMBED_MODEL, input=texts).data
    return [row.embedding for row in data]


def complete(prompt):
    if LEGACY:
        out = openai.Completion.create(model=TEXT_MODEL, prompt=prompt, max_tokens=30)
        return out["choices"][0]["text"].strip()
    out = client.completions.create(model=TEXT_MODEL, prompt=prompt, max_tokens=30)
    return out.choices[0].text.strip()


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


if __name__ == "__main__":
    docs = ["the cat sat on the mat", "stock prices fell sharply", "a kitten naps on a rug"]
    vectors = embed(docs)
    query = embed(["cats sleeping"])[0]
    ranked = sorted(range(len(docs)), key=lambda i: -cosine(query, vectors[i]))
    print([docs[i] for i in ranked])
    print(complete("Write a title for: " + docs[ranked[0]]))
