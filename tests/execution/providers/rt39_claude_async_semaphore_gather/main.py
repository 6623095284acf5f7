import asyncio

from anthropic import AI_PROMPT, HUMAN_PROMPT, AsyncAnthropic

QUESTIONS = [
    "What is a monad?",
    "Name a prime number above 100.",
    "Why is the sky blue?",
]


async def answer(client, limiter, question):
    async with limiter:
        completion = await client.completions.create(
            model="claude-2.1",
            max_tokens_to_sample=200,
            stop_sequences=[HUMAN_PROMPT],
            prompt=f"{HUMAN_PROMPT} {question}{AI_PROMPT}",
        )
    return question, completion.completion.strip()


async def main():
    client = AsyncAnthropic()
    limiter = asyncio.Semaphore(2)
    results = await asyncio.gather(*[answer(client, limiter, q) for q in QUESTIONS])
    for question, reply in results:
        print(f"Q: {question}\nA: {reply}\n")


asyncio.run(main())
