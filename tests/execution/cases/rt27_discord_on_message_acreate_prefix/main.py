import asyncio
import os
from collections import defaultdict

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


# --- tiny stand-in for discord.py -----------------------------------------------------------
class Channel:
    def __init__(self, name):
        self.name = name

    async def send(self, text):
        print(f"#{self.name}: {text}")


class Author:
    def __init__(self, name, bot=False):
        self.name = name
        self.bot = bot


class DiscordMessage:
    def __init__(self, author, channel, content):
        self.author = author
        self.channel = channel
        self.content = content


class Client:
    def __init__(self):
        self.handlers = {}
        self.user = Author("gpt-bot", bot=True)

    def event(self, fn):
        self.handlers[fn.__name__] = fn
        return fn

    def run_script(self, messages):
        async def go():
            for m in messages:
                await self.handlers["on_message"](m)
        asyncio.run(go())


client = Client()
channel_history = defaultdict(list)
PREFIX = "!ask "


async def ask_gpt(messages, retries=3):
    for attempt in range(retries):
        try:
            response = await openai.ChatCompletion.acreate(
                model="gpt-3.5-turbo",
                messages=messages,
                temperature=0.7,
                max_tokens=50,
            )
            return response.choices[0].message.content
        except openai.error.RateLimitError:
            await asyncio.sleep(2 ** attempt)
    return "I'm being rate limited, try again later."


@client.event
async def on_message(message):
    if message.author.bot or not message.content.startswith(PREFIX):
        return
    question = message.content[len(PREFIX):]
    history = channel_history[message.channel.name]
    history.append({"role": "user", "content": f"{message.author.name}: {question}"})
    answer = await ask_gpt(history[-6:])
    history.append({"role": "assistant", "content": answer})
    await message.channel.send(f"{message.author.name}, {answer}")


general, random_ch = Channel("general"), Channel("random")
client.run_script([
    DiscordMessage(Author("ana"), general, "!ask what is python"),
    DiscordMessage(Author("bo"), general, "hello everyone"),
    DiscordMessage(client.user, general, "!ask ignore me"),
    DiscordMessage(Author("bo"), random_ch, "!ask favourite colour?"),
    DiscordMessage(Author("ana"), general, "!ask is it fast"),
])
print(sorted((k, len(v)) for k, v in channel_history.items()))
