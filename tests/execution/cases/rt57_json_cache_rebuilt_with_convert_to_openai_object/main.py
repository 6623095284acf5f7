"""Cached responses are rebuilt as OpenAIObjects so callers can use attribute access."""
import json
import os
import tempfile

import openai
from openai.util import convert_to_openai_object

openai.api_key = os.environ["OPENAI_API_KEY"]
CACHE = os.path.join(tempfile.mkdtemp(), "chat.json")


def chat(prompt):
    store = {}
    if os.path.exists(CACHE):
        with open(CACHE) as fh:
            store = json.load(fh)
    if prompt in store:
        return convert_to_openai_object(store[prompt]), True
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": prompt}])
    store[prompt] = resp.to_dict_recursive()
    with open(CACHE, "w") as fh:
        json.dump(store, fh)
    return resp, False


for p in ["Define API", "Define SDK", "Define API"]:
    resp, cached = chat(p)
    print(cached, resp.choices[0].message.content, resp.usage.total_tokens)
