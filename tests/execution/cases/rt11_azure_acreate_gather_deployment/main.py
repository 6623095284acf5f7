import asyncio
import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

DEPLOYMENT = "chat"


async def label(review):
    response = await openai.ChatCompletion.acreate(
        engine=DEPLOYMENT,
        messages=[
            {"role": "system", "content": "Label the review as positive or negative."},
            {"role": "user", "content": review},
        ],
        temperature=0,
    )
    return response["choices"][0]["message"]["content"]


async def main():
    reviews = ["Great value", "Broke after a week", "Okay I guess"]
    labels = await asyncio.gather(*(label(r) for r in reviews))
    for review, result in zip(reviews, labels):
        print(f"{review!r}: {result}")


asyncio.run(main())
