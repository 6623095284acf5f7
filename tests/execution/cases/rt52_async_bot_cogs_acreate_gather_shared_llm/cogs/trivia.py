import asyncio

import llm


class Trivia:
    command = "trivia"

    async def __call__(self, ctx, arg):
        topics = [t.strip() for t in arg.split(",")]
        answers = await asyncio.gather(*(llm.achat(f"One fact about {t}") for t in topics))
        return " / ".join(answers)
