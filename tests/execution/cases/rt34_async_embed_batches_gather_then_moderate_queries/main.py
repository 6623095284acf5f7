import asyncio
import math

import openai

MODEL = "text-embedding-ada-002"
DOCS = [
    "Our gym opens at 6am.",
    "Personal training costs 40 euros per hour.",
    "Lockers are free for members.",
    "The pool is closed on Mondays.",
    "Yoga classes run every evening at 7pm.",
]


async def embed_batch(sem, start, batch):
    async with sem:
        resp = await openai.Embedding.acreate(input=batch, model=MODEL)
    return [(start + item["index"], item["embedding"]) for item in resp["data"]]


async def build_index(docs, batch_size=2):
    sem = asyncio.Semaphore(2)
    tasks = [embed_batch(sem, i, docs[i:i + batch_size]) for i in range(0, len(docs), batch_size)]
    vectors = [None] * len(docs)
    for batch in await asyncio.gather(*tasks):
        for idx, vec in batch:
            vectors[idx] = vec
    return vectors


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


async def search(query, vectors):
    mod = await openai.Moderation.acreate(input=query)
    result = mod["results"][0]
    if result["flagged"]:
        return "flagged: " + ", ".join(k for k, v in result["categories"].items() if v)
    q = (await openai.Embedding.acreate(input=[query], model=MODEL))["data"][0]["embedding"]
    best = max(range(len(DOCS)), key=lambda i: cosine(q, vectors[i]))
    return DOCS[best]


async def main():
    vectors = await build_index(DOCS)
    print("indexed", sum(v is not None for v in vectors), "docs")
    for query in ["The pool is closed on Mondays.", "I will kill the trainer", "Lockers are free for members."]:
        print(query, "=>", await search(query, vectors))


asyncio.run(main())
