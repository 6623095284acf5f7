import asyncio

import openai


async def stream_tokens(prompt):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        stream=True,
    )
    async for chunk in response:
        delta = chunk["choices"][0]["delta"]
        if "content" in delta:
            yield delta["content"]


async def main():
    parts = []
    async for token in stream_tokens("Count to five"):
        parts.append(token)
    print(len(parts), "".join(parts))


asyncio.run(main())
