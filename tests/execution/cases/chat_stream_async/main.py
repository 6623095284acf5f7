import asyncio

import openai


async def stream_reply(text):
    reply = ""
    async for chunk in await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
        stream=True,
    ):
        content = chunk["choices"][0]["delta"].get("content")
        if content:
            reply += content
    return reply


def main():
    print(asyncio.run(stream_reply("Describe a cloud")))


if __name__ == "__main__":
    main()
