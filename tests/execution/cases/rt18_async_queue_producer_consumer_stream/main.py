import asyncio

import openai


async def producer(queue, prompt):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        stream=True,
    )
    async for chunk in response:
        piece = chunk["choices"][0]["delta"].get("content")
        if piece is not None:
            await queue.put(piece)
    await queue.put(None)


async def consumer(queue):
    received = []
    while True:
        item = await queue.get()
        if item is None:
            break
        received.append(item)
    return received


async def main():
    queue = asyncio.Queue()
    _, received = await asyncio.gather(producer(queue, "Tell me about Mars"), consumer(queue))
    print(len(received), "pieces")
    print("".join(received))


if __name__ == "__main__":
    asyncio.run(main())
