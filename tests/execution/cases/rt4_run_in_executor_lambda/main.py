import asyncio

import openai


async def summarize(text):
    loop = asyncio.get_event_loop()
    response = await loop.run_in_executor(
        None,
        lambda: openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": f"Summarize: {text}"}],
        ),
    )
    return response["choices"][0]["message"]["content"]


async def main():
    texts = ["The cat sat on the mat.", "Rain fell all day in Leeds."]
    summaries = await asyncio.gather(*(summarize(t) for t in texts))
    for s in summaries:
        print(s)


if __name__ == "__main__":
    asyncio.run(main())
