import asyncio

from api import chat_stream


async def client(body):
    events = []
    async for event in chat_stream(body):
        events.append(event)
        print(event.strip())
    return events


async def main():
    first = await client({"message": "Name three rivers in Europe"})
    second = await client({"message": "Which is longest?",
                           "history": [{"role": "user", "content": "Name three rivers"},
                                       {"role": "assistant", "content": "Rhine, Danube, Loire"}]})
    print(len(first), len(second))


asyncio.run(main())
