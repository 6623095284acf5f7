"""Cache Completion results in a JSON file keyed by a hash of the request parameters."""
import hashlib
import json
import os
import tempfile

import openai

CACHE_PATH = os.path.join(tempfile.mkdtemp(), "cache.json")


def load_cache():
    if os.path.exists(CACHE_PATH):
        with open(CACHE_PATH) as f:
            return json.load(f)
    return {}


def save_cache(cache):
    with open(CACHE_PATH, "w") as f:
        json.dump(cache, f)


def cached_completion(prompt, cache):
    params = {"model": "text-davinci-003", "prompt": prompt, "max_tokens": 48}
    key = hashlib.sha256(json.dumps(params, sort_keys=True).encode()).hexdigest()
    if key not in cache:
        response = openai.Completion.create(**params)
        cache[key] = {"text": response["choices"][0]["text"], "tokens": response["usage"]["total_tokens"]}
    return cache[key]


PROMPTS = ["Define overfitting.", "Define regularization.", "Define overfitting."]
for run in (1, 2):
    cache = load_cache()
    before = len(cache)
    for p in PROMPTS:
        out = cached_completion(p, cache)
        print(run, out["tokens"], out["text"].strip()[:50])
    save_cache(cache)
    print(f"run {run}: {len(cache) - before} new entries, {len(cache)} cached")
