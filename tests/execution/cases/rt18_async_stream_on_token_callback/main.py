import asyncio

import openai


async def stream_chat(prompt, on_token):
    async for chunk in await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Answer in one sentence."},
            {"role": "user", "content": prompt},
        ],
        stream=True,
    ):
        token = chunk["choices"][0]["delta"].get("content")
        if token:
            on_token(token)


async def main():
    tokens = []
    await stream_chat("Why is the sky blue?", tokens.append)
    print(len(tokens), "tokens")
    print("".join(tokens))
    seen = []
    await stream_chat("Name a river", lambda t: seen.append(t.upper()))
    print("|".join(seen))


asyncio.run(main())
