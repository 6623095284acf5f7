import json

from cache import lookup


def show(key):
    entry = lookup(key)
    message = entry["choices"][0]["message"]
    print(json.dumps(message))
    print("tokens:", entry.get("usage", {}).get("total_tokens", 0))
