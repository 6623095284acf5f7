"""The streaming endpoint of a chat widget: deltas forwarded as Server-Sent Events."""
import asyncio
import json

import openai


async def sse_events(history):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=history,
        stream=True,
    )
    async for chunk in response:
        choice = chunk["choices"][0]
        yield f"data: {json.dumps(choice['delta'])}\n\n"
        if choice["finish_reason"] is not None:
            yield f"event: end\ndata: {json.dumps({'finish_reason': choice['finish_reason']})}\n\n"


async def main():
    history = [
        {"role": "system", "content": "You answer in one sentence."},
        {"role": "user", "content": "Why is the sky blue?"},
    ]
    async for event in sse_events(history):
        print(event, end="")


asyncio.run(main())
