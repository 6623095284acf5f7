"""Batch completions: one coroutine per prompt, gathered, read as 0.x's dicts by a helper."""
import asyncio

import openai


def first_line(result):
    return result["choices"][0]["text"].strip().splitlines()[0]


async def complete_all(prompts):
    jobs = [
        openai.Completion.acreate(model="text-davinci-003", prompt=p, max_tokens=40, stop=["\n\n"])
        for p in prompts
    ]
    done = await asyncio.gather(*jobs)
    return [first_line(d) for d in done]


if __name__ == "__main__":
    for line in asyncio.run(complete_all(["Describe a river.", "Describe a lake."])):
        print(line)
