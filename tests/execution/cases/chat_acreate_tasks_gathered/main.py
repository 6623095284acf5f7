import asyncio

import openai


async def many(questions):
    tasks = [openai.ChatCompletion.acreate(model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}]) for q in questions]
    results = await asyncio.gather(*tasks)
    return [r["choices"][0]["message"]["content"] for r in results]


if __name__ == "__main__":
    answers = asyncio.run(many(["Name a river", "Name a lake"]))
    print(len(answers), answers)
