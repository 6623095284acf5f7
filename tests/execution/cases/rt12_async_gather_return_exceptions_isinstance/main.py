"""Answer a burst of Discord messages concurrently; failed ones get an error reply."""
import asyncio

import openai


async def answer(history):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=history,
        max_tokens=60,
    )
    return response["choices"][0]["message"]["content"]


async def main():
    channels = {
        "general": [{"role": "user", "content": "good morning"}],
        "random": [],
        "help": [
            {"role": "system", "content": "You help with Python."},
            {"role": "user", "content": "how to reverse a list"},
        ],
    }
    results = await asyncio.gather(
        *(answer(history) for history in channels.values()), return_exceptions=True
    )
    for channel, result in zip(channels, results):
        if isinstance(result, openai.error.InvalidRequestError):
            print(f"#{channel}: (could not answer: invalid request)")
        elif isinstance(result, openai.error.OpenAIError):
            print(f"#{channel}: (API error)")
        else:
            print(f"#{channel}: {result}")


if __name__ == "__main__":
    asyncio.run(main())
