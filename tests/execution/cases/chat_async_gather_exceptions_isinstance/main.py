import asyncio

import openai


async def ask(q, model):
    r = await openai.ChatCompletion.acreate(model=model, messages=[{"role": "user", "content": q}])
    return r["choices"][0]["message"]["content"]


async def main():
    jobs = [ask("one", model="gpt-3.5-turbo"), ask("two", model="nonexistent-model"),
            ask("three", model="gpt-3.5-turbo")]
    results = await asyncio.gather(*jobs, return_exceptions=True)
    for r in results:
        if isinstance(r, openai.error.InvalidRequestError):
            print("invalid:", r.code)
        elif isinstance(r, Exception):
            print("other")
        else:
            print(r)


if __name__ == "__main__":
    asyncio.run(main())
