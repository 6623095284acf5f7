import asyncio
import base64

import openai

PROMPTS = ["a red kite", "a blue whale", "a green tea cup"]


async def draw(prompt):
    response = await openai.Image.acreate(prompt=prompt, response_format="b64_json")
    return base64.b64decode(response["data"][0]["b64_json"])


async def main():
    images = await asyncio.gather(*[draw(p) for p in PROMPTS])
    for prompt, data in zip(PROMPTS, images):
        print(prompt, data.startswith(b"\x89PNG"))


asyncio.run(main())
