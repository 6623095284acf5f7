import asyncio

import openai


async def stream(prompt):
    out = []
    response = await openai.Completion.acreate(model="text-davinci-003", prompt=prompt, stream=True)
    async for chunk in response:
        out.append(chunk["choices"][0]["text"])
    return "".join(out)


async def run():
    print(await stream("Tell me about the moon"))


def main():
    asyncio.run(run())


if __name__ == "__main__":
    main()
