import asyncio

import openai

JOBS = [("greeting", "gpt-3.5-turbo"), ("typo", "gpt-3.5-turbo-nonexistent"), ("farewell", "gpt-3.5-turbo")]


async def fan_out():
    pending = {
        name: openai.ChatCompletion.acreate(model=model, messages=[{"role": "user", "content": f"Say {name}"}])
        for name, model in JOBS
    }
    outcomes = await asyncio.gather(*pending.values(), return_exceptions=True)
    for name, result in zip(pending, outcomes):
        if isinstance(result, Exception):
            print(name, "failed")
        else:
            print(name, result.get("choices")[0]["message"]["content"])


asyncio.run(fan_out())
