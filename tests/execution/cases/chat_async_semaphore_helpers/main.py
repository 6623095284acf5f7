import asyncio

import openai

CHAT_MODEL = "gpt-3.5-turbo"
EMBED_MODEL = "text-embedding-ada-002"


async def classify(sem, review):
    async with sem:
        response = await openai.ChatCompletion.acreate(
            model=CHAT_MODEL,
            messages=[
                {"role": "system", "content": "Classify the review as positive or negative."},
                {"role": "user", "content": review},
            ],
        )
    return response["choices"][0]["message"]["content"]


async def embed(review):
    result = await openai.Embedding.acreate(model=EMBED_MODEL, input=review)
    return len(result["data"][0]["embedding"])


async def main():
    reviews = ["Loved it", "Broke after a day", "Okay for the price"]
    sem = asyncio.Semaphore(2)
    labels = await asyncio.gather(*(classify(sem, r) for r in reviews))
    sizes = await asyncio.gather(*[embed(r) for r in reviews])
    for review, label, size in zip(reviews, labels, sizes):
        print(f"{review!r}: {label} ({size})")


if __name__ == "__main__":
    asyncio.run(main())
