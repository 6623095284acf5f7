import openai


class ChatClient:
    """Minimal chat-platform client (Slack-like): posts messages to channels."""

    def __init__(self, name):
        self.name = name
        self.sent = []

    def post(self, channel, text):
        self.sent.append((channel, text))
        print(f"[{self.name}] #{channel}: {text}")


def make_handler(client, channel):
    def handle(event):
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": event["text"]}],
            temperature=0.3,
        )
        client.post(channel, resp["choices"][0]["message"]["content"])
        return client.sent[-1]

    return handle
