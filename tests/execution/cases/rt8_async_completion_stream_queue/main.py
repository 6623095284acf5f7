"""A producer streams completion tokens into an asyncio.Queue, a consumer prints them."""
import asyncio

import openai


async def produce(prompt, queue):
    stream = await openai.Completion.acreate(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=50,
        stream=True,
    )
    async for chunk in stream:
        token = chunk.choices[0].text
        if token:
            await queue.put(token)
    await queue.put(None)


async def consume(queue):
    received = []
    while True:
        token = await queue.get()
        if token is None:
            break
        print(token, end="", flush=True)
        received.append(token)
    print()
    return received


async def main():
    queue = asyncio.Queue()
    _, tokens = await asyncio.gather(produce("Describe the sea in ten words", queue),
                                     consume(queue))
    print("tokens:", len(tokens))


asyncio.run(main())
