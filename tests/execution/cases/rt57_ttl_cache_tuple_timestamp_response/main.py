import os
import time

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

TTL = 300
_cache = {}


def cached_completion(prompt):
    now = time.monotonic()
    if prompt in _cache:
        stamp, resp = _cache[prompt]
        if now - stamp < TTL:
            return resp, True
    resp = openai.Completion.create(model="text-davinci-003", prompt=prompt, max_tokens=8)
    _cache[prompt] = (now, resp)
    return resp, False


for p in ["Write a haiku about rain", "Name a bird", "Write a haiku about rain"]:
    resp, hit = cached_completion(p)
    choice = resp["choices"][0]
    print("hit " if hit else "miss", choice["text"].strip(), choice["finish_reason"],
          resp["usage"]["completion_tokens"])
