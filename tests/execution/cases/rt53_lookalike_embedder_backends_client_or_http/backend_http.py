import json
import os
import urllib.request


class HttpEmbedder:
    model = "text-embedding-ada-002"

    def embed(self, texts):
        base = os.environ.get("OPENAI_API_BASE") or os.environ["OPENAI_BASE_URL"]
        request = urllib.request.Request(
            base.rstrip("/") + "/embeddings",
            data=json.dumps({"model": self.model, "input": texts}).encode(),
            headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"],
                     "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            data = json.load(response)["data"]
        return [item["embedding"] for item in sorted(data, key=lambda d: d["index"])]
