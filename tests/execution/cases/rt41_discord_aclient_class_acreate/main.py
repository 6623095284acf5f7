"""ChatGPT Discord bot in the style of the 2023 repos: `class aclient(discord.Client)`, `client = aclient()`."""
import asyncio
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


class FakeChannel:
    def __init__(self, name):
        self.name = name

    async def send(self, text):
        print(f"[{self.name}] {text}")


class aclient:
    """Stand-in for discord.Client: keeps the conversation per channel."""

    def __init__(self):
        self.histories = {}
        self.activity = "Listening to /chat"

    async def handle_response(self, channel_name, user_message):
        history = self.histories.setdefault(channel_name, [
            {"role": "system", "content": "You are a friendly Discord bot."},
        ])
        history.append({"role": "user", "content": user_message})
        response = await openai.ChatCompletion.acreate(
            model="gpt-3.5-turbo",
            messages=history,
        )
        reply = response.choices[0].message.content
        history.append({"role": "assistant", "content": reply})
        return reply

    async def send_message(self, channel, user_message):
        reply = await self.handle_response(channel.name, user_message)
        await channel.send(reply)


client = aclient()


async def main():
    general = FakeChannel("general")
    await client.send_message(general, "hi bot")
    await client.send_message(general, "what did I just say?")
    print(len(client.histories["general"]), client.activity)


if __name__ == "__main__":
    asyncio.run(main())
