import json
import os
import tempfile

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

MODEL = "gpt-3.5-turbo"
CACHE_DIR = tempfile.mkdtemp()
CACHE_FILE = os.path.join(CACHE_DIR, f"answers-{MODEL}.json")


def answer(question, cache):
    if question not in cache:
        resp = openai.ChatCompletion.create(
            model=MODEL, messages=[{"role": "user", "content": question}])
        cache[question] = resp["choices"][0]["message"]["content"]
    return cache[question]


cache = {}
for q in ["Why is the sea salty?", "Why do cats purr?"]:
    print(answer(q, cache))
with open(CACHE_FILE, "w") as fh:
    json.dump(cache, fh)
print("saved", len(cache), "answers to", os.path.basename(CACHE_FILE))
