import asyncio

import openai


async def first_answers(questions):
    tasks = [
        asyncio.create_task(
            openai.ChatCompletion.acreate(
                model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}]
            )
        )
        for q in questions
    ]
    done, pending = await asyncio.wait(tasks, timeout=30)
    answers = []
    for task in tasks:
        if task in done:
            answers.append(task.result()["choices"][0]["message"]["content"])
    return answers


if __name__ == "__main__":
    for a in asyncio.run(first_answers(["Name a color", "Name a fruit"])):
        print(a)
