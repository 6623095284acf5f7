import json
import os
import tempfile

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

CACHE_PATH = os.path.join(tempfile.mkdtemp(), "embedding_cache.json")
api_calls = 0


def load_cache():
    if os.path.exists(CACHE_PATH):
        with open(CACHE_PATH) as f:
            return json.load(f)
    return {}


def embed_all(texts):
    global api_calls
    cache = load_cache()
    missing = [t for t in texts if t not in cache]
    if missing:
        api_calls += 1
        response = openai.Embedding.create(engine="embeddings", input=missing)
        for text, row in zip(missing, response["data"]):
            cache[text] = [round(x, 6) for x in row["embedding"][:8]]
        with open(CACHE_PATH, "w") as f:
            json.dump(cache, f)
    return [cache[t] for t in texts]


docs = ["invoice overdue", "shipping delayed", "refund approved"]
first = embed_all(docs)
second = embed_all(docs + ["invoice overdue"])
print("api calls:", api_calls)
print(first[0][:3] == second[0][:3], second[1][:2])
