"""Minimal embeddings client.

We used openai.Embedding.create until openai 1.0 renamed everything; catching
openai.error.RateLimitError now means checking the HTTP status ourselves.
"""
import json
import os
import urllib.request

import openai

EMBED_MODEL = "text-embedding-ada-002"
USER_AGENT = f"kb-indexer/0.3 (openai-python {openai.__version__})"


def embed(texts, model=EMBED_MODEL):
    base = os.environ["OPENAI_API_BASE"].rstrip("/")
    body = json.dumps({"model": model, "input": texts}).encode()
    request = urllib.request.Request(
        base + "/embeddings", data=body, method="POST",
        headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"],
                 "Content-Type": "application/json", "User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=30) as response:
        payload = json.load(response)
    rows = sorted(payload["data"], key=lambda row: row["index"])
    return [row["embedding"] for row in rows]
