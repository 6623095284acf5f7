import asyncio

import openai

COMMENTS = ["nice post", "I hate this", "see you tomorrow", "kill it with fire"]


async def check(comment):
    r = await openai.Moderation.acreate(input=comment)
    return r["results"][0]["flagged"]


async def main():
    verdicts = await asyncio.gather(*(check(c) for c in COMMENTS))
    kept = [c for c, bad in zip(COMMENTS, verdicts) if not bad]
    print("kept:", kept)
    print("removed:", sum(verdicts))


asyncio.run(main())
