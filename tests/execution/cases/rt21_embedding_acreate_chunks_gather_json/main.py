"""Embed a small corpus in chunks of 3 with Embedding.acreate, concurrently, and save to JSON."""
import asyncio
import json
import os
import tempfile

import openai

EMBED_MODEL = "text-embedding-ada-002"
BATCH_SIZE = 3

DOCS = [
    "The cat sat on the mat.",
    "Dogs are loyal companions.",
    "Python is a programming language.",
    "asyncio runs coroutines concurrently.",
    "The stock market fell today.",
    "Bananas are rich in potassium.",
    "Rust has a borrow checker.",
]


def chunks(items, size):
    for start in range(0, len(items), size):
        yield start, items[start:start + size]


async def embed_batch(start, batch):
    resp = await openai.Embedding.acreate(input=batch, model=EMBED_MODEL)
    rows = sorted(resp["data"], key=lambda d: d["index"])
    return [(start + row["index"], row["embedding"]) for row in rows]


async def main():
    jobs = [embed_batch(start, batch) for start, batch in chunks(DOCS, BATCH_SIZE)]
    print(f"embedding {len(DOCS)} docs in {len(jobs)} batches")
    results = await asyncio.gather(*jobs)
    flat = sorted((i, vec) for batch in results for i, vec in batch)
    out_dir = tempfile.mkdtemp()
    path = os.path.join(out_dir, "embeddings.json")
    with open(path, "w") as f:
        json.dump([{"id": i, "text": DOCS[i], "embedding": list(vec)} for i, vec in flat], f)
    with open(path) as f:
        loaded = json.load(f)
    for row in loaded:
        head = ", ".join(f"{x:.4f}" for x in row["embedding"][:3])
        print(row["id"], len(row["embedding"]), head, row["text"])


if __name__ == "__main__":
    asyncio.run(main())
