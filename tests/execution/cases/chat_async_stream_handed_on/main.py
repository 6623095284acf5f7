import asyncio

import openai


async def open_stream(question):
    return await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )


async def main():
    stream = await open_stream("Why is the sky blue?")
    parts = []
    async for chunk in stream:
        choice = chunk["choices"][0]
        parts.append(choice["delta"].get("content", ""))
        if choice.get("finish_reason"):
            print("finish:", choice["finish_reason"])
    print("".join(parts))


if __name__ == "__main__":
    asyncio.run(main())
