import asyncio

import openai

TOPICS = {"tides": "Why are there two tides a day",
          "rainbow": "How does a rainbow form",
          "thunder": "What causes thunder"}


async def main():
    tasks = [
        asyncio.create_task(
            openai.ChatCompletion.acreate(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": question}],
                temperature=0.2,
            ),
            name=topic,
        )
        for topic, question in TOPICS.items()
    ]
    done, pending = await asyncio.wait(tasks, timeout=30)
    answers = {}
    tokens = 0
    for task in done:
        response = task.result()
        answers[task.get_name()] = response["choices"][0]["message"]["content"]
        tokens += response["usage"]["total_tokens"]
    for topic in sorted(answers):
        print(f"{topic:8} {answers[topic]}")
    print("pending:", len(pending), "tokens:", tokens)


asyncio.run(main())
