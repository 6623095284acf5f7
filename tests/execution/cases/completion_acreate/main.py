import asyncio

import openai


async def label(item):
    resp = await openai.Completion.acreate(model="text-davinci-003", prompt="Category of " + item + ":")
    return resp["choices"][0]["text"].strip()


async def run():
    labels = await asyncio.gather(label("apple"), label("hammer"), label("violin"))
    for item in labels:
        print(item)


def main():
    asyncio.run(run())


if __name__ == "__main__":
    main()
