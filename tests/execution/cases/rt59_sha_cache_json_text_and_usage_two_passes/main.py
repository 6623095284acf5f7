"""Summarize abstracts; completions are cached on disk so re-runs of the eval are free."""
import hashlib
import json
import os

import openai

CACHE_PATH = "completion_cache.json"
MODEL = "text-davinci-003"

ABSTRACTS = [
    "We propose a new method for sparse attention that scales linearly.",
    "This paper studies the effect of label noise on small classifiers.",
    "We propose a new method for sparse attention that scales linearly.",
]


def load_cache():
    if os.path.exists(CACHE_PATH):
        with open(CACHE_PATH) as f:
            return json.load(f)
    return {}


def save_cache(cache):
    with open(CACHE_PATH, "w") as f:
        json.dump(cache, f, indent=1, sort_keys=True)


def cached_completion(cache, prompt, **kwargs):
    key = hashlib.sha256(json.dumps([prompt, kwargs], sort_keys=True).encode()).hexdigest()
    if key in cache:
        return cache[key], True
    resp = openai.Completion.create(model=MODEL, prompt=prompt, **kwargs)
    entry = {"text": resp["choices"][0]["text"], "usage": resp["usage"]}
    cache[key] = entry
    return entry, False


def run_pass(label):
    cache = load_cache()
    hits = tokens = 0
    for abstract in ABSTRACTS:
        prompt = f"Summarize in five words:\n{abstract}\nSummary:"
        entry, hit = cached_completion(cache, prompt, max_tokens=8, temperature=0)
        hits += hit
        if not hit:
            tokens += entry["usage"]["total_tokens"]
        print(label, "HIT " if hit else "MISS", entry["text"].strip())
    save_cache(cache)
    print(label, f"hits={hits} new_tokens={tokens}")


run_pass("pass1")
run_pass("pass2")
with open(CACHE_PATH) as f:
    stored = json.load(f)
print("cached entries:", len(stored), sorted(len(v["usage"]) for v in stored.values()))
