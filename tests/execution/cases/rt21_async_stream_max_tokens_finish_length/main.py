"""Stream short answers concurrently and flag the ones cut off by max_tokens."""
import asyncio

import openai


async def stream_reply(prompt, max_tokens):
    stream = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        max_tokens=max_tokens,
        stream=True,
    )
    text, finish = "", None
    async for chunk in stream:
        choice = chunk["choices"][0]
        text += choice["delta"].get("content", "")
        if choice["finish_reason"]:
            finish = choice["finish_reason"]
    return prompt, text, finish


async def main():
    jobs = [("hi", 50), ("tell me everything about the ocean floor", 3), ("bye", 50)]
    for prompt, text, finish in await asyncio.gather(*(stream_reply(p, m) for p, m in jobs)):
        note = " [truncated]" if finish == "length" else ""
        print(f"{prompt!r}: {text}{note}")


asyncio.run(main())
