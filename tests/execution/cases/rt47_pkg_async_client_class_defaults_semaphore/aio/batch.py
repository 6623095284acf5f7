import asyncio


async def ask_all(client, questions, **overrides):
    return await asyncio.gather(*(client.ask(q, **overrides) for q in questions))
