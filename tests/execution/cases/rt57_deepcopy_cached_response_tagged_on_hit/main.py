"""A memory cache that hands out copies, so a caller's edits never reach the stored reply."""
import copy
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
_cache = {}


def ask(question):
    if question in _cache:
        resp = copy.deepcopy(_cache[question])
        resp["choices"][0]["message"]["content"] += " (from cache)"
        return resp
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": question}])
    _cache[question] = copy.deepcopy(resp)
    return resp


for q in ["What is DNS?", "What is TCP?", "What is DNS?", "What is DNS?"]:
    r = ask(q)
    print(r["choices"][0]["message"]["content"], r["usage"]["total_tokens"])
