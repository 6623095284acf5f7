import asyncio

import openai


async def _ask(question):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


def ask(question):
    # a sync entry point for the CLI: one event loop per question
    return asyncio.run(_ask(question))


if __name__ == "__main__":
    print(ask("first question"))
    print(ask("second question"))
    print(ask("third question"))
