"""Audit the request log our proxy wrote in 2023: which payloads still name retired models.

Reads requests.jsonl (one {"url": ..., "payload": {...}} per line) and reports; it sends nothing.
"""
import json
import os
from collections import Counter
from urllib.parse import urlsplit


RETIRED = {"text-davinci-003", "code-davinci-002", "gpt-3.5-turbo-0301", "text-similarity-ada-001"}
ENDPOINT_OF = {"text-davinci-003": "/v1/completions", "code-davinci-002": "/v1/completions",
               "gpt-3.5-turbo-0301": "/v1/chat/completions",
               "text-similarity-ada-001": "/v1/embeddings"}

here = os.path.dirname(os.path.abspath(__file__))
counts, mismatched = Counter(), []
with open(os.path.join(here, "requests.jsonl")) as fh:
    for line in fh:
        entry = json.loads(line)
        model = entry["payload"]["model"]
        path = urlsplit(entry["url"]).path
        if model in RETIRED:
            counts[model] += 1
            if ENDPOINT_OF[model] != path:
                mismatched.append((model, path))

for model, n in sorted(counts.items()):
    print(f"{model}: {n} request(s) to migrate")
print("wrong endpoint:", mismatched)
