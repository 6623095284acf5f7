import asyncio

import openai

SHARED = {
    "headers": {"X-Request-Source": "batch"},  # for the gateway's logs
    "request_timeout": 45,
    "max_tokens": 20,
}


def ask(q):
    r = openai.ChatCompletion.create(model="gpt-4", messages=[{"role": "user", "content": q}], **SHARED)
    return r["choices"][0]["message"]["content"]


async def ask_async(q):
    r = await openai.ChatCompletion.acreate(model="gpt-4", messages=[{"role": "user", "content": q}], **SHARED)
    return r["choices"][0]["message"]["content"]


async def many(qs):
    return await asyncio.gather(*(ask_async(q) for q in qs))


if __name__ == "__main__":
    print(ask("first"))
    print(asyncio.run(many(["second", "third"])))
