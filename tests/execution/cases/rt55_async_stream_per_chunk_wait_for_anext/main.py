import asyncio

import openai

CHUNK_TIMEOUT = 10


async def stream_with_watchdog(prompt):
    response = await asyncio.wait_for(
        openai.ChatCompletion.acreate(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
            stream=True,
        ),
        timeout=CHUNK_TIMEOUT,
    )
    iterator = response.__aiter__()
    text, chunks = "", 0
    while True:
        try:
            chunk = await asyncio.wait_for(iterator.__anext__(), timeout=CHUNK_TIMEOUT)
        except StopAsyncIteration:
            break
        except asyncio.TimeoutError:
            text += " [stalled]"
            break
        chunks += 1
        text += chunk["choices"][0]["delta"].get("content", "")
    return text, chunks


print(asyncio.run(stream_with_watchdog("Recite the first line of a famous poem")))
