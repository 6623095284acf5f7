import asyncio

from aio_llm import achat


async def main():
    prompts = ["Capital of Peru?", "Capital of Kenya?", "Capital of Laos?"]
    answers = await asyncio.gather(*(achat(p) for p in prompts))
    for p, a in zip(prompts, answers):
        print(p, "=>", a)


if __name__ == "__main__":
    asyncio.run(main())
