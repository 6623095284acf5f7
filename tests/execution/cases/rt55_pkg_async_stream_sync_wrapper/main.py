import asyncio

from chatlib import ask, astream


async def live(prompt):
    async for piece in astream(prompt):
        print(piece, end="|")
    print()


if __name__ == "__main__":
    print(ask("Name a famous bridge"))
    asyncio.run(live("Name a famous tower"))
