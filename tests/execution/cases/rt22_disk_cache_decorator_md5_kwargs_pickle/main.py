"""Cache completions on disk so re-running the eval costs nothing."""
import functools
import hashlib
import json
import os
import pickle
import tempfile

import openai

CACHE_DIR = tempfile.mkdtemp(prefix="llm-cache-")
stats = {"hit": 0, "miss": 0}


def disk_cache(fn):
    @functools.wraps(fn)
    def wrapper(**kwargs):
        key = hashlib.md5(json.dumps(kwargs, sort_keys=True).encode()).hexdigest()
        path = os.path.join(CACHE_DIR, key + ".pkl")
        if os.path.exists(path):
            stats["hit"] += 1
            with open(path, "rb") as f:
                return pickle.load(f)
        stats["miss"] += 1
        result = fn(**kwargs)
        with open(path, "wb") as f:
            pickle.dump(result, f)
        return result
    return wrapper


@disk_cache
def complete(**kwargs):
    return openai.Completion.create(**kwargs)


QUESTIONS = ["What is the capital of Peru?", "Name a prime number above 10.", "What is the capital of Peru?"]

for epoch in range(2):
    for q in QUESTIONS:
        resp = complete(model="text-davinci-003", prompt=f"Q: {q}\nA:", max_tokens=32, temperature=0)
        print(epoch, resp["choices"][0]["text"].strip(), resp["usage"]["total_tokens"])
print("cache:", stats, "files:", len(os.listdir(CACHE_DIR)))
