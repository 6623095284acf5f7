"""Sentiment labels for the survey; answers from earlier runs live in cache/<model>.json."""
import json
import os

import openai

MODEL = "text-davinci-003"
CACHE_FILE = os.path.join("cache", MODEL + ".json")

TEXTS = ["I love it", "Never again", "It is fine I guess"]


def load_cache():
    try:
        with open(CACHE_FILE) as f:
            return json.load(f)
    except FileNotFoundError:
        return {}


cache = load_cache()
print("cached prompts:", len(cache))
for text in TEXTS:
    prompt = "Classify: " + text
    if prompt in cache:
        completion = cache[prompt]
        source = "cache"
    else:
        completion = openai.Completion.create(model=MODEL, prompt=prompt, max_tokens=5)["choices"][0]["text"]
        cache[prompt] = completion
        source = "api"
    print(f"{source:>5}: {text!r} -> {completion.strip()!r}")

with open(CACHE_FILE, "w") as f:
    json.dump(cache, f, indent=2)
