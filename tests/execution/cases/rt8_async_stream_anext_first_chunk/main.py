import asyncio

import openai


async def stream(question):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    first = await anext(response)
    print("role:", first.choices[0].delta.role)
    parts = []
    async for chunk in response:
        content = chunk.choices[0].delta.get("content")
        if content:
            parts.append(content)
    return "".join(parts)


print(asyncio.run(stream("Name a prime number")))
