import functools
import math

import openai

EMBEDDING_MODEL = "text-embedding-ada-002"


@functools.lru_cache(maxsize=None)
def get_embedding(text):
    text = text.replace("\n", " ")
    response = openai.Embedding.create(input=[text], model=EMBEDDING_MODEL)
    return tuple(response["data"][0]["embedding"])


def cosine_similarity(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


LABELS = ["positive", "negative"]


def classify(review):
    review_vec = get_embedding(review)
    scores = {label: cosine_similarity(review_vec, get_embedding(f"A {label} product review"))
              for label in LABELS}
    return max(scores, key=scores.get), round(scores["positive"] - scores["negative"], 4)


for review in ["Great value, works as advertised", "Broke after a week", "Great value, works as advertised"]:
    print(review, "->", classify(review))
print(get_embedding.cache_info().hits, "cache hits")
