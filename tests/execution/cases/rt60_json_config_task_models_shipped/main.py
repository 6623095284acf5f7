import json
import math
import os
from pathlib import Path

import openai

CONFIG = json.loads((Path(__file__).parent / "config.json").read_text())
MODELS = CONFIG["models"]

openai.api_key = os.environ["OPENAI_API_KEY"]


def summarize(text):
    resp = openai.ChatCompletion.create(
        model=MODELS["summarize"],
        messages=[{"role": "user", "content": f"Summarize in {CONFIG['summary_words']} words: {text}"}],
    )
    return resp["choices"][0]["message"]["content"]


def embed(texts):
    resp = openai.Embedding.create(model=MODELS["embed"], input=texts)
    return [d["embedding"] for d in resp["data"]]


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


docs = ["The cat sat on the mat.", "Stock markets fell sharply today.", "A kitten napped on a rug."]
summaries = [summarize(d) for d in docs]
vectors = embed(summaries)
for s in summaries:
    print(s)
print("closest to doc 0:", max(range(1, 3), key=lambda i: cosine(vectors[0], vectors[i])))
print("dims:", len(vectors[0]))
