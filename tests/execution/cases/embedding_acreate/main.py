import asyncio

import openai


async def embed(text):
    resp = await openai.Embedding.acreate(model="text-embedding-ada-002", input=[text])
    return resp["data"][0]["embedding"]


def main():
    vec = asyncio.run(embed("hello async world"))
    print(len(vec), round(vec[1], 6))


if __name__ == "__main__":
    main()
