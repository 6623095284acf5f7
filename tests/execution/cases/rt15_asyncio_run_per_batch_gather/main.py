import asyncio

import openai

ITEMS = [f"Item {i}: a short product description number {i}" for i in range(7)]
BATCH_SIZE = 3


def batches(seq, size):
    for start in range(0, len(seq), size):
        yield seq[start:start + size]


async def tag(text):
    response = await openai.ChatCompletion.acreate(
        model="gpt-4",
        messages=[
            {"role": "system", "content": "Return three comma-separated tags."},
            {"role": "user", "content": text},
        ],
        max_tokens=40,
    )
    return response.choices[0].message.content


async def process_batch(batch):
    return await asyncio.gather(*(tag(t) for t in batch))


results = []
for number, batch in enumerate(batches(ITEMS, BATCH_SIZE)):
    results.extend(asyncio.run(process_batch(batch)))
    print(f"batch {number} done ({len(results)}/{len(ITEMS)})")
for item, tags in zip(ITEMS, results):
    print(item[:7], "->", tags)
