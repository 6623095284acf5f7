"""Cached completions are cleaned in place: the second lookup sees the cleaned object."""
import os
from functools import lru_cache

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]


@lru_cache(maxsize=16)
def complete(prompt):
    return openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": prompt}])


def clean(prompt):
    resp = complete(prompt)
    message = resp["choices"][0]["message"]
    message["content"] = message["content"].replace("echo: ", "").strip().capitalize()
    return message["content"], resp["usage"]["completion_tokens"]


for p in ["  tell me a joke", "say hi", "  tell me a joke"]:
    text, tokens = clean(p)
    print(repr(text), tokens)
print(complete.cache_info().hits)
