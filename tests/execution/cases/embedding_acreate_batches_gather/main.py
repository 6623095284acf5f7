import asyncio
import math

import openai

TEXTS = [f"sentence number {i}" for i in range(7)]


def batches(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]


async def embed_all(texts, batch_size=3):
    responses = await asyncio.gather(
        *[openai.Embedding.acreate(input=batch, model="text-embedding-ada-002")
          for batch in batches(texts, batch_size)]
    )
    return [item["embedding"] for response in responses for item in response["data"]]


def main():
    vectors = asyncio.run(embed_all(TEXTS))
    print(len(vectors), len(vectors[0]))
    print(round(sum(a * b for a, b in zip(vectors[0], vectors[0])), 3))
    print(round(math.fsum(vectors[3]), 4) == round(math.fsum(vectors[3]), 4))


if __name__ == "__main__":
    main()
