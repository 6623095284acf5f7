"""Cache raw API responses on disk so reruns of the experiment cost nothing."""
import json
import os
import tempfile

import openai

CACHE_PATH = os.path.join(tempfile.mkdtemp(), "completions_cache.json")


def load_cache():
    if os.path.exists(CACHE_PATH):
        with open(CACHE_PATH) as f:
            return json.load(f)
    return {}


def save_cache(cache):
    with open(CACHE_PATH, "w") as f:
        json.dump(cache, f, indent=2)


def cached_completion(prompt, cache):
    if prompt in cache:
        return cache[prompt], True
    resp = openai.Completion.create(model="text-davinci-003", prompt=prompt, max_tokens=50)
    cache[prompt] = resp
    save_cache(cache)
    return resp, False


PROMPTS = ["Write a haiku about autumn.", "Name three prime numbers."]

if __name__ == "__main__":
    for run in (1, 2):
        cache = load_cache()
        for prompt in PROMPTS:
            resp, hit = cached_completion(prompt, cache)
            text = resp["choices"][0]["text"].strip()
            print(f"run {run} {'hit ' if hit else 'miss'} {text} ({resp['usage']['total_tokens']} tokens)")
