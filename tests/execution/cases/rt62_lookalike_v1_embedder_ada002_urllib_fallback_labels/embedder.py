"""Embeddings for the search index. Uses the openai>=1 client when installed; the old
0.x SDK is not supported any more, so there we post to the REST endpoint ourselves."""
import json
import os
import urllib.request

try:
    from openai import OpenAI
except ImportError:
    OpenAI = None

EMBED_MODEL = "text-embedding-ada-002"
# Shown in the admin page next to indexes built in 2022-2023 (labels only, never sent).
INDEX_MODEL_LABELS = {
    "text-search-curie-doc-001": "v1 index (curie, retired)",
    "text-similarity-babbage-001": "v1 index (babbage, retired)",
    "text-embedding-ada-002": "v2 index",
}


class Embedder:
    def __init__(self, model=EMBED_MODEL):
        self.model = model
        self.client = OpenAI() if OpenAI is not None else None

    def embed(self, texts):
        if self.client is not None:
            resp = self.client.embeddings.create(model=self.model, input=texts)
            return [d.embedding for d in resp.data]
        base = os.environ["OPENAI_API_BASE"].rstrip("/")
        req = urllib.request.Request(
            base + "/embeddings",
            data=json.dumps({"model": self.model, "input": texts}).encode(),
            headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"],
                     "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=30) as fh:
            payload = json.load(fh)
        return [d["embedding"] for d in sorted(payload["data"], key=lambda d: d["index"])]
