import math
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

sentences = [
    "The cat sits on the mat.",
    "A feline is resting on a rug.",
    "Stock markets fell sharply today.",
]

response = openai.Embedding.create(input=sentences, model="text-embedding-ada-002")
print("number of embeddings:", len(response["data"]))
embeddings = [response["data"][i]["embedding"] for i in range(len(sentences))]


def cosine_similarity(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


best = None
for i in range(len(sentences)):
    for j in range(i + 1, len(sentences)):
        score = cosine_similarity(embeddings[i], embeddings[j])
        print(f"{i} vs {j}: {score:.4f}")
        if best is None or score > best[0]:
            best = (score, i, j)

print("usage:", response["usage"]["prompt_tokens"], response["usage"]["total_tokens"])

score, i, j = best
prompt = f"Why are these two sentences similar? 1) {sentences[i]} 2) {sentences[j]}"
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": prompt}],
    temperature=0,
)
print(response["choices"][0]["message"]["content"])
