import asyncio
import os

import openai

AZURE = {
    "api_type": "azure",
    "api_base": os.environ["AZURE_OPENAI_ENDPOINT"],
    "api_key": os.environ["AZURE_OPENAI_API_KEY"],
    "api_version": "2023-05-15",
}


async def describe(product):
    response = await openai.ChatCompletion.acreate(
        deployment_id="chat",
        messages=[{"role": "user", "content": f"Write a tagline for {product}"}],
        api_type=AZURE["api_type"],
        api_base=AZURE["api_base"],
        api_key=AZURE["api_key"],
        api_version=AZURE["api_version"],
    )
    return response["choices"][0]["message"]["content"]


async def main():
    products = ["a solar lantern", "a folding kayak", "a smart kettle"]
    taglines = await asyncio.gather(*(describe(p) for p in products))
    for product, tagline in zip(products, taglines):
        print(f"{product}: {tagline}")


asyncio.run(main())
