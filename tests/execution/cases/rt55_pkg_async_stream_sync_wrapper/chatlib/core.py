import asyncio

import openai

DEFAULT_MODEL = "gpt-3.5-turbo"


async def astream(prompt, model=DEFAULT_MODEL):
    """Yield the text of a reply as it arrives."""
    response = await openai.ChatCompletion.acreate(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        stream=True,
    )
    async for chunk in response:
        delta = chunk["choices"][0]["delta"]
        if "content" in delta:
            yield delta["content"]


async def _collect(prompt, model):
    return "".join([piece async for piece in astream(prompt, model)])


def ask(prompt, model=DEFAULT_MODEL):
    """Blocking helper for scripts and notebooks."""
    return asyncio.run(_collect(prompt, model))
