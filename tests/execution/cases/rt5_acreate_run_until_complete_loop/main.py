import asyncio

import openai


def ask_blocking(question):
    loop = asyncio.new_event_loop()
    try:
        response = loop.run_until_complete(
            openai.ChatCompletion.acreate(
                model="gpt-3.5-turbo", messages=[{"role": "user", "content": question}]
            )
        )
    finally:
        loop.close()
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask_blocking("one"))
    print(ask_blocking("two"))
