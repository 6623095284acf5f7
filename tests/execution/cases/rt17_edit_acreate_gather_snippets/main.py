import asyncio

import openai

SNIPPETS = [
    "def add(a, b): return a+b",
    "for i in range(10): print i",
]


async def modernize(code):
    result = await openai.Edit.acreate(
        model="code-davinci-edit-001",
        input=code,
        instruction="Rewrite for Python 3 and add type hints",
    )
    return result.choices[0].text


async def main():
    outputs = await asyncio.gather(*(modernize(s) for s in SNIPPETS))
    for before, after in zip(SNIPPETS, outputs):
        print(before)
        print("  ->", after)


asyncio.run(main())
