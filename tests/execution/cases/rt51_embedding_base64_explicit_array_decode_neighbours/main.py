"""Embed a glossary compactly: ask for base64 and decode the float32 buffers ourselves."""
import array
import base64
import math

import openai

TERMS = ["latency", "throughput", "back-pressure", "idempotency", "circuit breaker"]


def embed_base64(texts, batch_size=2):
    rows = []
    for start in range(0, len(texts), batch_size):
        batch = texts[start:start + batch_size]
        resp = openai.Embedding.create(model="text-embedding-ada-002", input=batch,
                                       encoding_format="base64")
        for item in sorted(resp["data"], key=lambda d: d["index"]):
            raw = base64.b64decode(item["embedding"])
            rows.append(array.array("f", raw))
        print(f"batch {start // batch_size}: {resp['usage']['total_tokens']} tokens")
    return rows


def unit(v):
    norm = math.sqrt(sum(x * x for x in v))
    return [x / norm for x in v]


vectors = [unit(v) for v in embed_base64(TERMS)]
print("vectors", len(vectors), "x", len(vectors[0]), vectors[0].__class__.__name__)
for i, term in enumerate(TERMS):
    sims = [(sum(a * b for a, b in zip(vectors[i], v)), j) for j, v in enumerate(vectors) if j != i]
    score, j = max(sims)
    print(f"{term:>16} ~ {TERMS[j]} ({score:.3f})")
