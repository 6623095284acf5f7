"""Async retry decorator with exponential backoff around ChatCompletion.acreate (2023 style)."""
import asyncio
import functools
import random

import openai

RETRYABLE = (
    openai.error.RateLimitError,
    openai.error.APIError,
    openai.error.Timeout,
    openai.error.ServiceUnavailableError,
)


def async_retry(max_retries=5, base_delay=1.0, factor=2.0, jitter=True):
    def decorator(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, max_retries + 1):
                try:
                    return await fn(*args, **kwargs)
                except RETRYABLE as e:
                    if attempt == max_retries:
                        raise
                    wait = delay * (1 + random.random() if jitter else 1)
                    print(f"{type(e).__name__}: retrying in {wait:.1f}s")
                    await asyncio.sleep(wait)
                    delay *= factor
        return wrapper
    return decorator


@async_retry(max_retries=3)
async def embed(text):
    resp = await openai.Embedding.acreate(input=[text], model="text-embedding-ada-002")
    return resp["data"][0]["embedding"]


@async_retry(max_retries=3)
async def ask(question, temperature=0.2):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Answer in one sentence."},
            {"role": "user", "content": question},
        ],
        temperature=temperature,
        max_tokens=60,
    )
    return response.choices[0].message["content"].strip()


async def main():
    questions = ["What is backoff?", "Why add jitter?", "What is a 429?"]
    answers = await asyncio.gather(*(ask(q) for q in questions))
    for q, a in zip(questions, answers):
        print(f"{q} -> {a}")
    vec = await embed(answers[0])
    print("embedding dims:", len(vec))
    try:
        await embed("")
    except openai.error.InvalidRequestError as e:
        print("not retried: invalid request")


if __name__ == "__main__":
    asyncio.run(main())
