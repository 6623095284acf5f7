import asyncio

from cogs.persona import Persona
from cogs.similar import Similar
from cogs.trivia import Trivia

COGS = {cog.command: cog for cog in (Trivia(), Similar(), Persona())}


async def dispatch(ctx, text):
    name, _, arg = text.lstrip("/").partition(" ")
    return await COGS[name](ctx, arg)


async def main():
    events = [({"guild": "guild-1"}, "/trivia owls, comets, tea"),
              ({"guild": "guild-2"}, "/similar cat vs kitten"),
              ({"guild": "guild-1"}, "/say ahoy"),
              ({"guild": "guild-2"}, "/say hello")]
    replies = await asyncio.gather(*(dispatch(ctx, text) for ctx, text in events))
    for (ctx, text), reply in zip(events, replies):
        print(ctx["guild"], text, "=>", reply)


asyncio.run(main())
