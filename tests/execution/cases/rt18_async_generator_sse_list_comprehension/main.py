import asyncio
import json

import openai


async def sse_events(prompt):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        temperature=0.8,
        stream=True,
    )
    async for chunk in response:
        content = chunk.choices[0].delta.get("content", "")
        if content:
            yield f"data: {json.dumps({'content': content})}\n\n"
    yield "data: [DONE]\n\n"


async def main():
    events = [event async for event in sse_events("Name two planets")]
    print(len(events))
    print(events[0], end="")
    print(events[-1], end="")


asyncio.run(main())
