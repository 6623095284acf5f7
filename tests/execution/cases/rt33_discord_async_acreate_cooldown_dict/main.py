"""discord.py-style async bot: on_message awaits ChatCompletion.acreate, with a per-user cooldown."""
import asyncio
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

COOLDOWN = 2  # messages a user must wait between questions
last_seen = {}


async def ask_gpt(question, max_tokens=60):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You are a Discord bot. Keep answers short."},
            {"role": "user", "content": question},
        ],
        max_tokens=max_tokens,
        temperature=0.7,
    )
    return response["choices"][0]["message"]["content"]


async def on_message(tick, author, content):
    if not content.startswith("?gpt "):
        return None
    if tick - last_seen.get(author, -COOLDOWN) < COOLDOWN:
        return f"{author}, slow down!"
    last_seen[author] = tick
    question = content[5:]
    short = question.endswith("!short")
    if short:
        question = question[: -len("!short")].strip()
    answer = await ask_gpt(question, max_tokens=5 if short else 60)
    return f"<@{author}> {answer}"


async def main():
    events = [
        ("ann", "?gpt what is asyncio?"),
        ("ann", "?gpt and threads?"),
        ("ben", "just chatting"),
        ("ben", "?gpt summarize the plot of Hamlet in one sentence !short"),
        ("ann", "?gpt what is an event loop?"),
    ]
    replies = await asyncio.gather(
        *(on_message(tick, author, text) for tick, (author, text) in enumerate(events))
    )
    for reply in replies:
        if reply:
            print(reply)


asyncio.run(main())
