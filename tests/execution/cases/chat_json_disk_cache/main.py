import hashlib
import json
import os
import tempfile

import openai

CACHE_PATH = os.path.join(tempfile.mkdtemp(), "llm_cache.json")


def _load():
    if os.path.exists(CACHE_PATH):
        with open(CACHE_PATH) as f:
            return json.load(f)
    return {}


def cached_chat(prompt, model="gpt-3.5-turbo"):
    cache = _load()
    key = hashlib.md5(f"{model}:{prompt}".encode()).hexdigest()
    if key not in cache:
        response = openai.ChatCompletion.create(
            model=model, messages=[{"role": "user", "content": prompt}]
        )
        cache[key] = response
        with open(CACHE_PATH, "w") as f:
            json.dump(cache, f)
        print("miss")
    else:
        print("hit")
    return cache[key]["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(cached_chat("What is the capital of Peru?"))
    print(cached_chat("What is the capital of Peru?"))
