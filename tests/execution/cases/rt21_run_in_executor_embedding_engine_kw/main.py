"""Call the (sync) embedding helper from asyncio code through a thread pool executor."""
import asyncio
from concurrent.futures import ThreadPoolExecutor

import openai

PASSAGES = {
    "p1": "Photosynthesis turns light into chemical energy.",
    "p2": "The French Revolution began in 1789.",
    "p3": "Mitochondria are the powerhouse of the cell.",
    "p4": "Napoleon was crowned emperor in 1804.",
}


def get_embedding(text, engine="text-embedding-ada-002"):
    text = text.replace("\n", " ")
    return openai.Embedding.create(input=[text], engine=engine, request_timeout=20)["data"][0]["embedding"]


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


async def embed_all(passages, executor):
    loop = asyncio.get_running_loop()
    keys = list(passages)
    vectors = await asyncio.gather(
        *(loop.run_in_executor(executor, get_embedding, passages[k]) for k in keys)
    )
    return dict(zip(keys, vectors))


async def main():
    with ThreadPoolExecutor(max_workers=4) as executor:
        index = await embed_all(PASSAGES, executor)
        query = await asyncio.get_running_loop().run_in_executor(
            executor, get_embedding, "Who ruled France after the revolution?")
    scores = sorted(((dot(query, v), k) for k, v in index.items()), reverse=True)
    for score, key in scores:
        print(f"{key} {score:.4f} {PASSAGES[key]}")


if __name__ == "__main__":
    asyncio.run(main())
