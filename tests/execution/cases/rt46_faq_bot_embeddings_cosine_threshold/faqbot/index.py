import json
import math
import os

import openai

EMBED_MODEL = "text-embedding-ada-002"


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def embed_many(texts):
    res = openai.Embedding.create(input=texts, engine=EMBED_MODEL)
    ordered = sorted(res["data"], key=lambda d: d["index"])
    return [d["embedding"] for d in ordered], res["usage"]["prompt_tokens"]


class FaqIndex:
    def __init__(self, path):
        with open(path) as fh:
            self.entries = json.load(fh)
        self.vectors, self.tokens = embed_many([e["q"] for e in self.entries])

    def search(self, question, k=2):
        query = openai.Embedding.create(input=question, engine=EMBED_MODEL)["data"][0]["embedding"]
        self.tokens += len(question.split())
        scored = [(cosine(query, v), e) for v, e in zip(self.vectors, self.entries)]
        scored.sort(key=lambda pair: pair[0], reverse=True)
        return scored[:k]


def load_default():
    openai.api_key = os.environ["OPENAI_API_KEY"]
    return FaqIndex(os.path.join(os.path.dirname(os.path.dirname(__file__)), "faq.json"))
