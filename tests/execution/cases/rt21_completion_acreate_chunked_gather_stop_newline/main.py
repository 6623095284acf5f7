"""Generate product taglines with Completion.acreate, 3 at a time, pausing between batches."""
import asyncio

import openai

PRODUCTS = ["solar lamp", "bamboo toothbrush", "smart kettle", "wool socks",
            "e-bike", "coffee grinder", "yoga mat"]
CHUNK = 3


async def tagline(product):
    resp = await openai.Completion.acreate(
        model="text-davinci-003",
        prompt=f"Product: {product}\nTagline:",
        max_tokens=16,
        temperature=0.8,
        stop=["\n"],
    )
    return product, resp.choices[0].text.strip()


async def main():
    results = {}
    for i in range(0, len(PRODUCTS), CHUNK):
        chunk = PRODUCTS[i:i + CHUNK]
        print(f"chunk {i // CHUNK}: {', '.join(chunk)}")
        for product, line in await asyncio.gather(*map(tagline, chunk)):
            results[product] = line
        await asyncio.sleep(0.05)  # stay under the rate limit
    for product in sorted(results):
        print(f"{product}: {results[product]}")


asyncio.run(main())
