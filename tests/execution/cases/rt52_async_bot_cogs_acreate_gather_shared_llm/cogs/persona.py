import llm

PERSONAS = {"guild-1": "You are a pirate.", "guild-2": None}


class Persona:
    command = "say"

    async def __call__(self, ctx, arg):
        return await llm.achat(arg, system=PERSONAS.get(ctx["guild"]))
