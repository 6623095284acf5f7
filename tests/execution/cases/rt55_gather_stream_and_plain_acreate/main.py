import asyncio

import openai


async def main(question):
    messages = [{"role": "user", "content": question}]
    # the answer streams to the user while a short title is made in parallel
    stream, title = await asyncio.gather(
        openai.ChatCompletion.acreate(model="gpt-3.5-turbo", messages=messages, stream=True),
        openai.ChatCompletion.acreate(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": "Title for: " + question}],
            max_tokens=6,
        ),
    )
    print("#", title.choices[0].message.content)
    count = 0
    async for chunk in stream:
        text = chunk.choices[0].delta.get("content")
        if text:
            count += 1
            print(text, end="")
    print()
    print(count, "content chunks")


asyncio.run(main("How do vaccines train the immune system?"))
