"""Embed user queries concurrently, embedding each distinct text once."""
import asyncio

import openai

MODEL = "text-embedding-ada-002"
QUERIES = ["reset password", "cancel order", "reset password", "track parcel",
           "cancel order", "change address"]

_cache = {}


async def get_embedding(text, sem):
    if text in _cache:
        return _cache[text]
    async with sem:
        result = await openai.Embedding.acreate(input=text, model=MODEL)
    vector = result["data"][0]["embedding"]
    _cache[text] = vector
    return vector


async def main():
    sem = asyncio.Semaphore(2)
    unique = sorted(set(QUERIES))
    await asyncio.gather(*(get_embedding(t, sem) for t in unique))
    print(f"{len(unique)} distinct of {len(QUERIES)} queries embedded")
    vectors = await asyncio.gather(*(get_embedding(t, sem) for t in QUERIES))
    for text, vec in zip(QUERIES, vectors):
        print(f"{text:16} dims={len(vec)} first={vec[0]:.5f}")


asyncio.run(main())
