import asyncio
import functools

import openai

QUESTIONS = ["Why is the sky blue?", "What causes tides?", "How do vaccines work?"]


async def ask(loop, question):
    call = functools.partial(
        openai.ChatCompletion.create,
        model="gpt-4",
        messages=[{"role": "user", "content": question}],
        max_tokens=40,
    )
    response = await loop.run_in_executor(None, call)
    return response["choices"][0]["message"]["content"]


async def main():
    loop = asyncio.get_running_loop()
    answers = await asyncio.gather(*[ask(loop, q) for q in QUESTIONS])
    for q, a in zip(QUESTIONS, answers):
        print(q, "->", a)


asyncio.run(main())
