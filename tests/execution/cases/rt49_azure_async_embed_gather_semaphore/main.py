"""Index a document set on Azure OpenAI: batches embedded concurrently, at most 2 in flight."""
import asyncio
import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
openai.api_version = "2023-05-15"

EMBED_DEPLOYMENT = os.getenv("AZURE_EMBED_DEPLOYMENT", "embeddings")
BATCH = 3


async def embed_batch(sem, index, batch):
    async with sem:
        for attempt in range(3):
            try:
                r = await openai.Embedding.acreate(engine=EMBED_DEPLOYMENT, input=batch)
                return index, [d["embedding"] for d in r["data"]], r["usage"]["prompt_tokens"]
            except (openai.error.RateLimitError, openai.error.ServiceUnavailableError):
                await asyncio.sleep(0.1 * (attempt + 1))
        raise RuntimeError(f"batch {index} failed")


async def main(docs):
    sem = asyncio.Semaphore(2)
    batches = [docs[i:i + BATCH] for i in range(0, len(docs), BATCH)]
    results = await asyncio.gather(*(embed_batch(sem, i, b) for i, b in enumerate(batches)))
    vectors, tokens = [], 0
    for _, rows, used in sorted(results):
        vectors.extend(rows)
        tokens += used
    return vectors, tokens


DOCS = [f"policy paragraph {n}: employees may work remotely {n} days" for n in range(8)]
vectors, tokens = asyncio.run(main(DOCS))
print(len(vectors), len(vectors[0]), tokens)
print([round(sum(a * b for a, b in zip(vectors[0], v)), 3) for v in vectors])
