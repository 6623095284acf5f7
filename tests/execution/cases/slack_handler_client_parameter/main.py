"""A Slack Bolt-style handler: the framework passes its WebClient as `client`."""
import openai


class WebClient:
    def chat_postMessage(self, channel, text):
        print(f"-> {channel}: {text}")


def handle_mention(event, say, client):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": event["text"]}],
    )
    client.chat_postMessage(channel=event["channel"], text=completion.choices[0].message.content)
    say("done")


if __name__ == "__main__":
    handle_mention({"text": "summarize the standup", "channel": "C1"}, print, WebClient())
