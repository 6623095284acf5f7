"""Async Discord-style handler with an overall timeout per reply."""
import asyncio
import os

import openai

REPLY_TIMEOUT = float(os.getenv("REPLY_TIMEOUT", "10"))


async def generate(prompt):
    completion = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        temperature=0.7,
    )
    return completion.choices[0].message.content


async def on_message(author, content):
    try:
        reply = await asyncio.wait_for(generate(content), timeout=REPLY_TIMEOUT)
    except asyncio.TimeoutError:
        reply = "Sorry, that took too long."
    except openai.error.OpenAIError:
        reply = "Sorry, the AI is unavailable."
    return f"@{author} {reply}"


async def main():
    queue = [("max", "hello bot"), ("ida", "tell me about cats"), ("max", "thanks")]
    for author, content in queue:
        print(await on_message(author, content))


if __name__ == "__main__":
    asyncio.run(main())
