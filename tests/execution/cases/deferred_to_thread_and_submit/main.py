"""Embeddings fetched in worker threads, two ways."""
import asyncio
from concurrent.futures import ThreadPoolExecutor

import openai

DOCS = ["cats purr", "dogs bark", "birds sing"]


async def embed_async(text):
    result = await asyncio.to_thread(openai.Embedding.create,
                                     model="text-embedding-ada-002", input=text)
    return result["data"][0]["embedding"]


def embed_all(texts):
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [pool.submit(openai.Embedding.create, input=[t], engine="text-embedding-ada-002")
                for t in texts]
        return [job.result()["data"][0]["embedding"] for job in jobs]


if __name__ == "__main__":
    vector = asyncio.run(embed_async(DOCS[0]))
    print(len(vector), round(sum(vector), 4))
    for doc, vec in zip(DOCS, embed_all(DOCS)):
        print(doc, len(vec), round(vec[0], 4))
