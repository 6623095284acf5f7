import asyncio

import openai

RETRY_ON = ("RateLimitError", "Timeout", "APIConnectionError", "ServiceUnavailableError")
RETRYABLE = tuple(getattr(openai.error, name) for name in RETRY_ON)
SEM = asyncio.Semaphore(2)


def aretry(attempts=3, base=0.05):
    def wrap(fn):
        async def inner(*args, **kwargs):
            for attempt in range(attempts):
                try:
                    return await fn(*args, **kwargs)
                except RETRYABLE as exc:
                    print("retrying after", type(exc).__name__)
                    await asyncio.sleep(base * 2 ** attempt)
            raise RuntimeError("out of attempts")
        return inner
    return wrap


@aretry()
async def summarize(idx, text):
    async with SEM:
        response = await openai.ChatCompletion.acreate(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": "Summarize: " + text}],
            max_tokens=8,
        )
    return idx, response.choices[0].message.content, response.choices[0].finish_reason


async def main(texts):
    results = await asyncio.gather(*(summarize(i, t) for i, t in enumerate(texts)))
    for idx, summary, finish in sorted(results):
        print(idx, finish, summary)


asyncio.run(main([
    "The meeting moved to Thursday because the room was double booked",
    "Sales grew",
    "Our new intern starts Monday and will shadow the data team for two weeks",
]))
