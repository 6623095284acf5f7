import asyncio

import openai

MODEL = "text-embedding-ada-002"
SEM = asyncio.Semaphore(2)


async def embed_batch(batch, model=MODEL):
    async with SEM:
        response = await openai.Embedding.acreate(input=batch, model=model)
    return [row["embedding"] for row in sorted(response["data"], key=lambda r: r["index"])], \
        response["usage"]["prompt_tokens"]


async def embed_all(texts, batch_size=2):
    batches = [texts[i:i + batch_size] for i in range(0, len(texts), batch_size)]
    results = await asyncio.gather(*(embed_batch(b) for b in batches))
    vectors = [v for vecs, _ in results for v in vecs]
    return vectors, sum(tokens for _, tokens in results)
