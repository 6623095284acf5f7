import asyncio

import openai

QUESTIONS = ["Capital of Japan?", "Capital of Kenya?", "Capital of Chile?"]


async def ask(question):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        max_tokens=30,
    )
    return question, response.choices[0].message.content


async def main():
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(ask(q)) for q in QUESTIONS]
    for task in tasks:
        question, answer = task.result()
        print(question, "->", answer)


if __name__ == "__main__":
    asyncio.run(main())
