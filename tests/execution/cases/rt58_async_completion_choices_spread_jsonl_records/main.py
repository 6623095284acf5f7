import asyncio
import io
import json

import openai

PROMPTS = [
    "Complete the proverb: A stitch in time",
    "Complete the proverb: The early bird",
    "Complete the proverb: Actions speak louder",
]


async def complete(prompt, sem):
    async with sem:
        response = await openai.Completion.acreate(
            model="text-davinci-003",
            prompt=prompt,
            max_tokens=20,
        )
    return {"prompt": prompt, **response["choices"][0]}


async def main():
    sem = asyncio.Semaphore(2)
    records = await asyncio.gather(*(complete(p, sem) for p in PROMPTS))
    buffer = io.StringIO()
    for record in records:
        buffer.write(json.dumps(record) + "\n")
    print(buffer.getvalue(), end="")
    print(sorted({key for record in records for key in record}))


asyncio.run(main())
