"""A Discord-style bot: `client` is the chat platform's client, as in discord.py's examples."""
import openai


class FakeDiscordClient:
    def __init__(self):
        self.sent = []

    def send(self, channel, text):
        self.sent.append((channel, text))


client = FakeDiscordClient()


def on_message(channel, content):
    if not content.startswith("!ask "):
        return
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": content[len("!ask "):]}],
    )
    client.send(channel, response["choices"][0]["message"]["content"])


if __name__ == "__main__":
    on_message("#general", "!ask what is a discord bot")
    on_message("#general", "hello")
    print(client.sent)
