import asyncio

import openai


async def safe_reply(user_text):
    mod = await openai.Moderation.acreate(input=user_text)
    result = mod["results"][0]
    if result["flagged"]:
        hits = [name for name, hit in result["categories"].items() if hit]
        return f"blocked ({', '.join(hits)})"
    stream = await openai.ChatCompletion.acreate(
        model="gpt-4",
        messages=[{"role": "user", "content": user_text}],
        stream=True,
    )
    text = ""
    async for chunk in stream:
        delta = chunk.choices[0].delta
        if "content" in delta:
            text += delta.content
    return text


async def main():
    for text in ["How do I bake bread?", "I will hurt you"]:
        print(await safe_reply(text))


asyncio.run(main())
