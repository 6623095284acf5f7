"""Cache ChatGPT answers on disk with shelve so repeated questions cost nothing."""
import hashlib
import json
import os
import shelve
import tempfile

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

CACHE_PATH = os.path.join(tempfile.mkdtemp(), "gpt_cache")
stats = {"hits": 0, "misses": 0}


def cache_key(model, messages, temperature):
    raw = json.dumps({"m": model, "msgs": messages, "t": temperature}, sort_keys=True)
    return hashlib.md5(raw.encode()).hexdigest()


def cached_chat(messages, model="gpt-3.5-turbo", temperature=0):
    key = cache_key(model, messages, temperature)
    with shelve.open(CACHE_PATH) as db:
        if key in db:
            stats["hits"] += 1
            return db[key]
        stats["misses"] += 1
        response = openai.ChatCompletion.create(
            model=model, messages=messages, temperature=temperature
        )
        answer = response["choices"][0]["message"]["content"]
        db[key] = answer
        return answer


QUESTIONS = ["What is HTTP?", "What is DNS?", "What is HTTP?"]

for run in (1, 2):
    for q in QUESTIONS:
        a = cached_chat([{"role": "user", "content": q}])
        print(f"run {run}: {q} -> {a}")
    print(f"after run {run}: {stats}")

print(cached_chat([{"role": "user", "content": "What is DNS?"}], temperature=0.7))
print(f"final: {stats}")
