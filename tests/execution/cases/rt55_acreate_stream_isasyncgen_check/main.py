import asyncio
import inspect

import openai


async def complete(prompt, stream):
    return await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        stream=stream,
    )


async def collect(response):
    """Accepts both shapes acreate returns: an async generator of chunks, or the whole reply."""
    if inspect.isasyncgen(response):
        pieces = []
        async for chunk in response:
            pieces.append(chunk["choices"][0]["delta"].get("content", ""))
        return "".join(pieces), "stream"
    return response["choices"][0]["message"]["content"], "whole"


async def main():
    for prompt, stream in [("Summarise the French revolution", True),
                           ("Summarise the Industrial revolution", False)]:
        text, kind = await collect(await complete(prompt, stream))
        print(f"[{kind}] {text}")


asyncio.run(main())
