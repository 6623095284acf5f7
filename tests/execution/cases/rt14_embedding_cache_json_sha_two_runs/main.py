import hashlib
import json
import math
import os
import tempfile

import openai

CACHE_FILE = os.path.join(tempfile.mkdtemp(), "embeddings_cache.json")
calls = 0


def load_cache():
    if os.path.exists(CACHE_FILE):
        with open(CACHE_FILE) as f:
            return json.load(f)
    return {}


def embed_all(texts):
    global calls
    cache = load_cache()
    missing = [t for t in texts if hashlib.sha1(t.encode()).hexdigest() not in cache]
    if missing:
        calls += 1
        resp = openai.Embedding.create(input=missing, engine="text-embedding-ada-002")
        for text, item in zip(missing, resp["data"]):
            cache[hashlib.sha1(text.encode()).hexdigest()] = item["embedding"]
        with open(CACHE_FILE, "w") as f:
            json.dump(cache, f)
    return [cache[hashlib.sha1(t.encode()).hexdigest()] for t in texts]


def norm(v):
    return math.sqrt(sum(x * x for x in v))


sentences = ["The cat sat on the mat.", "A dog barked loudly.", "Stocks fell on Monday."]
first = embed_all(sentences)
second = embed_all(sentences + ["The kitten slept on the rug."])
print("api calls:", calls)
print("dims:", len(first[0]), "norm:", round(norm(second[-1]), 3))
same = all(a == b for a, b in zip(first, second))
print("stable across runs:", same)
sims = [sum(x * y for x, y in zip(second[-1], v)) for v in second[:3]]
print("closest:", sentences[sims.index(max(sims))])
