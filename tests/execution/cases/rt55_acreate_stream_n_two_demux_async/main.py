import asyncio

import openai


async def two_drafts(topic):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Write a tagline for {topic}"}],
        n=2,
        temperature=0.9,
        stream=True,
    )
    drafts = {}
    finished = {}
    async for chunk in response:
        for choice in chunk["choices"]:
            i = choice["index"]
            drafts.setdefault(i, "")
            drafts[i] += choice["delta"].get("content", "")
            if choice["finish_reason"]:
                finished[i] = choice["finish_reason"]
    return [(i, drafts[i], finished.get(i)) for i in sorted(drafts)]


async def main():
    for i, text, finish in await two_drafts("a bakery"):
        print(f"draft {i + 1} ({finish}): {text}")


asyncio.run(main())
