"""Cache whole embedding responses on disk as JSON, keyed by a hash of the input."""
import hashlib
import json
import os

import openai

CACHE_DIR = "emb_cache"


def embed(text):
    os.makedirs(CACHE_DIR, exist_ok=True)
    path = os.path.join(CACHE_DIR, hashlib.md5(text.encode()).hexdigest() + ".json")
    if os.path.exists(path):
        with open(path) as f:
            response = json.load(f)
    else:
        response = openai.Embedding.create(input=text, model="text-embedding-ada-002")
        with open(path, "w") as f:
            json.dump(response, f)
    return response["data"][0]["embedding"], response["usage"]["total_tokens"]


first, tokens = embed("hello world")
again, _ = embed("hello world")
print(len(first), tokens, first == again)
print(sorted(os.listdir(CACHE_DIR))[0].endswith(".json"))
