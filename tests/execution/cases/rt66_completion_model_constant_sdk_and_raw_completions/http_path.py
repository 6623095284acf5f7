"""The batch job posts to the REST API itself (the SDK had no batching we could use)."""
import json
import urllib.request

from settings import API_BASE, API_KEY, COMPLETION_MODEL


def tags_for(texts):
    payload = {
        "model": COMPLETION_MODEL,
        "prompt": [f"Three tags for: {t}\nTags:" for t in texts],
        "max_tokens": 12,
    }
    req = urllib.request.Request(
        API_BASE + "/completions",
        data=json.dumps(payload).encode("utf-8"),
        headers={"Content-Type": "application/json", "Authorization": "Bearer " + API_KEY},
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        body = json.load(resp)
    ordered = sorted(body["choices"], key=lambda c: c["index"])
    return [c["text"].strip() for c in ordered]
