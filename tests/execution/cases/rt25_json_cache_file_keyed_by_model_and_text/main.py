import hashlib
import json
import os
import tempfile

import openai

MODEL = "text-embedding-ada-002"
CACHE_PATH = os.path.join(tempfile.mkdtemp(), "embeddings_cache.json")
api_calls = 0


def load_cache():
    if os.path.exists(CACHE_PATH):
        with open(CACHE_PATH) as f:
            return json.load(f)
    return {}


def save_cache(cache):
    with open(CACHE_PATH, "w") as f:
        json.dump(cache, f)


def cache_key(text, model=MODEL):
    return hashlib.md5(f"{model}::{text}".encode()).hexdigest()


def embed_all(texts, cache):
    global api_calls
    missing = [t for t in texts if cache_key(t) not in cache]
    if missing:
        api_calls += 1
        resp = openai.Embedding.create(input=missing, model=MODEL)
        for text, item in zip(missing, sorted(resp["data"], key=lambda d: d["index"])):
            cache[cache_key(text)] = item["embedding"]
        save_cache(cache)
    return [cache[cache_key(t)] for t in texts]


first = ["alpha release notes", "beta feedback summary", "gamma bug list"]
second = ["beta feedback summary", "delta roadmap", "alpha release notes"]

cache = load_cache()
v1 = embed_all(first, cache)
cache = load_cache()
v2 = embed_all(second, cache)
print("api calls:", api_calls)
print("cached:", len(load_cache()))
print("same vector reused:", v1[1] == v2[0])
print("first values:", [round(x, 5) for x in v2[1][:4]])
