"""Tiny REST client: we call the embeddings endpoint with the standard library only."""
import json
import os
import urllib.error
import urllib.request

EMBEDDING_MODEL = "text-similarity-ada-001"


def _url(path):
    return os.environ.get("OPENAI_API_BASE", "https://api.openai.com/v1").rstrip("/") + path


def embedding_payload(texts):
    return {"model": EMBEDDING_MODEL, "input": list(texts)}


def post_json(path, payload):
    request = urllib.request.Request(
        _url(path),
        data=json.dumps(payload).encode(),
        headers={
            "Authorization": "Bearer " + os.environ["OPENAI_API_KEY"],
            "Content-Type": "application/json",
        },
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read().decode())
    except urllib.error.HTTPError as err:
        raise RuntimeError(f"HTTP {err.code}: {err.read().decode()}") from None
