import json
import math
import os
import tempfile

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

EMBED_MODEL = "text-embedding-ada-002"
CACHE_PATH = os.path.join(tempfile.mkdtemp(), "embeddings.json")


def load_cache():
    if not os.path.exists(CACHE_PATH):
        return {}
    with open(CACHE_PATH) as fh:
        return json.load(fh)


def embed_all(texts):
    cache = load_cache()
    missing = [t for t in texts if f"{EMBED_MODEL}:{t}" not in cache]
    if missing:
        resp = openai.Embedding.create(model=EMBED_MODEL, input=missing)
        for item in resp["data"]:
            cache[f"{EMBED_MODEL}:{missing[item['index']]}"] = item["embedding"]
        with open(CACHE_PATH, "w") as fh:
            json.dump(cache, fh)
    print(f"embedded {len(missing)} new, cache holds {len(cache)}")
    return [cache[f"{EMBED_MODEL}:{t}"] for t in texts]


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.hypot(*a) * math.hypot(*b))


docs = ["cats purr", "dogs bark", "stocks fell"]
vectors = embed_all(docs)
query, = embed_all(["cats purr"])
for doc, vec in zip(docs, vectors):
    print(doc, round(cosine(query, vec), 4))
