"""A Discord-style async handler: moderate each message, then answer the clean ones."""
import asyncio

import openai

MODEL = "gpt-3.5-turbo"


async def is_flagged(text):
    result = await openai.Moderation.acreate(input=text)
    return result["results"][0]["flagged"]


async def answer(text):
    if await is_flagged(text):
        return "[message removed by moderation]"
    resp = await openai.ChatCompletion.acreate(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You are a Discord helper bot."},
            {"role": "user", "content": text},
        ],
        max_tokens=40,
    )
    return resp.choices[0].message.content


async def on_messages(messages):
    replies = await asyncio.gather(*(answer(m) for m in messages))
    for message, reply in zip(messages, replies):
        print(f"{message} => {reply}")


if __name__ == "__main__":
    asyncio.run(on_messages(["hello bot", "I will hurt you", "what's the weather like"]))
