import asyncio

import openai


async def open_stream(question):
    return await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )


async def main():
    parts = []
    async for chunk in await open_stream("Name the planets"):
        parts.append(chunk["choices"][0]["delta"].get("content", ""))
    print("".join(parts))


if __name__ == "__main__":
    asyncio.run(main())
