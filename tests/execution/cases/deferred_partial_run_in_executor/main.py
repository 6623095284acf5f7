"""A chat bot's back end: blocking 0.x calls run in the event loop's executor."""
import asyncio
import functools

import openai

SYSTEM = {"role": "system", "content": "You are a terse assistant."}


async def chat_reply(history):
    loop = asyncio.get_event_loop()
    call = functools.partial(openai.ChatCompletion.create,
                             model="gpt-3.5-turbo",
                             messages=[SYSTEM] + history,
                             max_tokens=256,
                             temperature=0,
                             timeout=60)
    response = await loop.run_in_executor(None, call)
    return response["choices"][0]["message"]["content"]


async def legacy_reply(prompt):
    loop = asyncio.get_event_loop()
    call = functools.partial(openai.Completion.create,
                             model="text-davinci-003",
                             prompt=prompt,
                             max_tokens=256,
                             temperature=0)
    return await loop.run_in_executor(None, call)


async def main():
    print(await chat_reply([{"role": "user", "content": "hello there"}]))
    answer = await legacy_reply("Say something nice")
    print(answer["choices"][0]["text"].strip())
    print("tokens:", answer["usage"]["total_tokens"])


if __name__ == "__main__":
    asyncio.run(main())
