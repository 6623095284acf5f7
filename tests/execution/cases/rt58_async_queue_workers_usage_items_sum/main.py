import asyncio
import collections

import openai

QUESTIONS = ["What is TCP", "What is UDP", "What is QUIC", "What is DNS", "What is TLS"]


async def worker(name, queue, results, totals):
    while True:
        index, question = await queue.get()
        try:
            response = await openai.ChatCompletion.acreate(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": question}],
                max_tokens=5,
            )
            results[index] = response.choices[0].message.content
            for key, value in response["usage"].items():
                totals[key] += value
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    for item in enumerate(QUESTIONS):
        queue.put_nowait(item)
    results, totals = {}, collections.defaultdict(int)
    workers = [asyncio.create_task(worker(f"w{i}", queue, results, totals)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for index in sorted(results):
        print(index, results[index])
    print(dict(sorted(totals.items())))


asyncio.run(main())
