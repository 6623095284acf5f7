"""Our frontend talks to OpenAI through this proxy so the key stays on the server.
The view forwards the chat request and returns OpenAI's JSON unchanged (plus a cache flag)."""
import json
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
ALLOWED_MODELS = {"gpt-3.5-turbo"}
_cache = {}


def chat_proxy(request_json):
    model = request_json.get("model", "gpt-3.5-turbo")
    if model not in ALLOWED_MODELS:
        return 403, json.dumps({"error": f"model {model} not allowed"})
    key = json.dumps([request_json["messages"], request_json.get("max_tokens")], sort_keys=True)
    if key in _cache:
        cached = _cache[key]
        cached["cached"] = True
        return 200, json.dumps(cached)
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=request_json["messages"],
        max_tokens=request_json.get("max_tokens", 256),
    )
    completion["cached"] = False
    _cache[key] = completion
    return 200, json.dumps(completion)
