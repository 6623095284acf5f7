import math

import openai


def embed(texts):
    resp = openai.Embedding.create(model="text-embedding-ada-002", input=texts)
    return [item["embedding"] for item in sorted(resp["data"], key=lambda x: x["index"])]


def cos(a, b):
    return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


def best_headline(article):
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Write a headline for this article:\n{article}\nHeadline:",
        n=3,
        max_tokens=8,
        temperature=1.0,
    )
    candidates = [c["text"].strip() for c in resp["choices"]]
    vectors = embed([article] + candidates)
    scores = [cos(vectors[0], v) for v in vectors[1:]]
    best = max(range(len(candidates)), key=lambda i: scores[i])
    return candidates[best], len(candidates), resp["usage"]["completion_tokens"]


headline, n, used = best_headline("Local library opens a repair cafe where volunteers fix toasters.")
print(headline, n, used)
