"""Retry a slow request with a longer request_timeout on each attempt."""
import asyncio

import openai

TIMEOUTS = [0.4, 5]


async def ask_patiently(question):
    for attempt, timeout in enumerate(TIMEOUTS, 1):
        try:
            resp = await openai.ChatCompletion.acreate(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": question}],
                request_timeout=timeout,
            )
            return resp.choices[0].message.content
        except openai.error.Timeout:
            print(f"attempt {attempt}: timed out after {timeout}s")
    return None


async def main():
    answers = await asyncio.gather(
        ask_patiently("quick one"),
        ask_patiently("[slow] a long essay please"),
    )
    for a in answers:
        print("answer:", a)


asyncio.run(main())
