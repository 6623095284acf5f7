import asyncio

import openai


async def collect(question):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    out = []
    async for chunk in response:
        out.append(chunk["choices"][0]["delta"].get("content", ""))
    return "".join(out)


async def answer_or_apologise(question, timeout):
    try:
        return await asyncio.wait_for(collect(question), timeout=timeout)
    except asyncio.TimeoutError:
        return "sorry, that took too long"


async def main():
    quick = await answer_or_apologise("Say hi", timeout=20)
    slow = await answer_or_apologise("[slow] Write an essay", timeout=0.3)
    print(quick)
    print(slow)


asyncio.run(main())
