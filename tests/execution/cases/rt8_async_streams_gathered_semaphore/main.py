"""Answer several questions concurrently, each answer streamed and collected."""
import asyncio

import openai

QUESTIONS = [
    "What is asyncio?",
    "What is a semaphore?",
    "Why stream responses?",
]


async def answer(question, sem):
    async with sem:
        response = await openai.ChatCompletion.acreate(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": question}],
            temperature=0,
            stream=True,
        )
        parts = []
        async for chunk in response:
            choice = chunk["choices"][0]
            if choice["finish_reason"] is not None:
                break
            parts.append(choice["delta"].get("content", ""))
        return question, "".join(parts)


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(answer(q, sem) for q in QUESTIONS))
    for question, text in results:
        print(f"Q: {question}\nA: {text}")


if __name__ == "__main__":
    asyncio.run(main())
