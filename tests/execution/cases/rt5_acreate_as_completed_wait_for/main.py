import asyncio

import openai


async def ask(q):
    return await asyncio.wait_for(
        openai.ChatCompletion.acreate(model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}]),
        timeout=20,
    )


async def main():
    coros = [ask(q) for q in ["alpha", "beta", "gamma"]]
    texts = []
    for fut in asyncio.as_completed(coros):
        resp = await fut
        texts.append(resp["choices"][0]["message"]["content"])
    print(sorted(texts))
    single = await asyncio.wait_for(
        openai.Completion.acreate(model="text-davinci-003", prompt="Once upon a time", max_tokens=8),
        timeout=20,
    )
    print(single["choices"][0]["text"].strip(), single["usage"]["total_tokens"])


asyncio.run(main())
