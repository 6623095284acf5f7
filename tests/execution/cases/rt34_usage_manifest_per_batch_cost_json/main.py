import json
import os
import tempfile

import openai

ENGINE = "text-embedding-ada-002"
PRICE_PER_1K = 0.0001
BATCH_SIZE = 3

rows = [f"Product {i}: a {color} {thing} for everyday use"
        for i, (color, thing) in enumerate([("red", "mug"), ("blue", "chair"), ("green", "lamp"),
                                            ("black", "desk"), ("white", "shelf"), ("grey", "rug"),
                                            ("yellow", "vase")])]

manifest = {"batches": [], "vectors": {}}
for b, start in enumerate(range(0, len(rows), BATCH_SIZE)):
    batch = rows[start:start + BATCH_SIZE]
    resp = openai.Embedding.create(input=batch, engine=ENGINE)
    usage = resp["usage"]
    manifest["batches"].append({
        "batch": b,
        "rows": len(resp["data"]),
        "prompt_tokens": usage["prompt_tokens"],
        "total_tokens": usage["total_tokens"],
        "cost": round(usage["total_tokens"] / 1000 * PRICE_PER_1K, 8),
    })
    for item in resp["data"]:
        manifest["vectors"][str(start + item["index"])] = item["embedding"]

out_dir = tempfile.mkdtemp()
path = os.path.join(out_dir, "manifest.json")
with open(path, "w") as fh:
    json.dump(manifest, fh)

with open(path) as fh:
    loaded = json.load(fh)
for entry in loaded["batches"]:
    print(entry)
total = sum(e["total_tokens"] for e in loaded["batches"])
print(f"{len(loaded['vectors'])} vectors, {total} tokens, ${sum(e['cost'] for e in loaded['batches']):.6f}")
