"""Service start-up: check models concurrently, then warm up the moderation endpoint."""
import asyncio

import openai

NEEDED = ["text-embedding-ada-002", "whisper-1", "no-such-model-xyz"]


async def check(name):
    try:
        model = await openai.Model.aretrieve(name)
        return name, model["id"] == name
    except openai.error.InvalidRequestError:
        return name, False


async def warm_up():
    resp = await openai.Moderation.acreate(input=["warm-up ping", "warm-up kill switch test"])
    return [r["flagged"] for r in resp["results"]]


async def main():
    statuses = await asyncio.gather(*(check(n) for n in NEEDED))
    for name, ok in statuses:
        print(f"{name:<24} {'ready' if ok else 'missing'}")
    print("moderation warm-up flags:", await warm_up())


asyncio.run(main())
