import asyncio

from aio.batch import ask_all
from aio.client import AsyncChat, AsyncGPT4

QUESTIONS = [f"Give me fact number {i} about owls" for i in range(5)]


async def main():
    chat = AsyncChat(concurrency=2)
    for answer in await ask_all(chat, QUESTIONS):
        print(answer)
    print("peak in flight:", chat.peak)
    gpt4 = AsyncGPT4(concurrency=3)
    short = await ask_all(gpt4, QUESTIONS[:2], max_tokens=4)
    print(short, "peak:", gpt4.peak)


if __name__ == "__main__":
    asyncio.run(main())
