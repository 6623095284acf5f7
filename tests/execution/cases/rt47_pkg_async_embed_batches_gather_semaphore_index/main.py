import asyncio

from vec.embed import embed_all
from vec.index import nearest

TEXTS = ["red apples", "green pears", "yellow bananas", "blue berries", "purple plums"]


async def main():
    vectors, tokens = await embed_all(TEXTS)
    print(len(vectors), len(vectors[0]), tokens)
    query, _ = await embed_all(["green pears"])
    print(nearest(query[0], vectors, TEXTS))


if __name__ == "__main__":
    asyncio.run(main())
