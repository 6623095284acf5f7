import asyncio
import contextvars

import openai

request_id = contextvars.ContextVar("request_id", default="-")
LOG = []


def log(message):
    LOG.append(f"[{request_id.get()}] {message}")


async def stream_reply(question):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=True,
        request_timeout=30,
    )
    parts = []
    async for chunk in response:
        choice = chunk["choices"][0]
        if choice["finish_reason"]:
            log(f"finish={choice['finish_reason']} chunks={len(parts)}")
        elif choice["delta"].get("content"):
            parts.append(choice["delta"]["content"])
    return "".join(parts)


async def handle(rid, question):
    request_id.set(rid)
    log("start")
    return rid, await stream_reply(question)


async def main():
    results = await asyncio.gather(
        handle("req-1", "Define entropy"),
        handle("req-2", "Define enthalpy"),
    )
    for rid, text in results:
        print(rid, text)
    for line in sorted(LOG):
        print(line)


asyncio.run(main())
