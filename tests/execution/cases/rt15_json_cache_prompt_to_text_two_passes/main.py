import json
import os
import tempfile

import openai

CACHE_PATH = os.path.join(tempfile.mkdtemp(), "llm_cache.json")
calls = 0


def load_cache():
    if os.path.exists(CACHE_PATH):
        with open(CACHE_PATH) as f:
            return json.load(f)
    return {}


def save_cache(cache):
    with open(CACHE_PATH, "w") as f:
        json.dump(cache, f, indent=2, sort_keys=True)


def ask(prompt, cache):
    global calls
    if prompt in cache:
        return cache[prompt]
    calls += 1
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You are a concise assistant."},
            {"role": "user", "content": prompt},
        ],
        temperature=0,
        max_tokens=60,
    )
    answer = response["choices"][0]["message"]["content"]
    cache[prompt] = answer
    save_cache(cache)
    return answer


prompts = ["Define entropy.", "Define enthalpy.", "Define entropy."]
for run in range(2):
    cache = load_cache()
    answers = [ask(p, cache) for p in prompts]
    print(f"pass {run}: {answers}")
print("api calls:", calls)
with open(CACHE_PATH) as f:
    print(f.read())
