import asyncio

from aio.llm import ask


async def main():
    answers = await asyncio.gather(*(ask(q) for q in ["What is DNS?", "What is TCP?"]))
    for a in answers:
        print(a)


if __name__ == "__main__":
    asyncio.run(main())
