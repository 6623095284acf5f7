import asyncio

import openai


async def reply_to(message):
    # the sync client in a worker thread, so the bot's event loop keeps running
    response = await asyncio.to_thread(
        openai.ChatCompletion.create,
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": message}],
    )
    return response["choices"][0]["message"]["content"]


async def main():
    replies = await asyncio.gather(reply_to("hi bot"), reply_to("tell me a joke"))
    for r in replies:
        print(r)


if __name__ == "__main__":
    asyncio.run(main())
