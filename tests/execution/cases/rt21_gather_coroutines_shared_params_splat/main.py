"""Fire one acreate per prompt and gather the raw coroutines (no wrapper function)."""
import asyncio

import openai

MODEL = "gpt-3.5-turbo"
GEN_KWARGS = {"temperature": 0, "max_tokens": 40}

PROMPTS = [
    "Name a prime number.",
    "Name a colour.",
    "Name a planet.",
]


async def main():
    coros = [
        openai.ChatCompletion.acreate(
            model=MODEL,
            messages=[{"role": "user", "content": p}],
            **GEN_KWARGS,
        )
        for p in PROMPTS
    ]
    responses = await asyncio.gather(*coros)
    for prompt, resp in zip(PROMPTS, responses):
        print(f"{prompt} => {resp.choices[0].message.content} ({resp.choices[0].finish_reason})")


asyncio.run(main())
