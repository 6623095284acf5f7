"""Slack bot: answers when mentioned, keeps one conversation per thread."""
import os
import re

import openai


class App:
    """Just enough of slack_bolt.App for this script."""

    def __init__(self, token):
        self.token = token
        self.listeners = {}

    def event(self, name):
        def register(fn):
            self.listeners[name] = fn
            return fn
        return register

    def dispatch(self, name, event):
        def say(text, thread_ts=None):
            print(f"<{thread_ts}> {text}")
        self.listeners[name](event=event, say=say)


app = App(token=os.environ.get("SLACK_BOT_TOKEN", "xoxb-test"))
openai.api_key = os.environ.get("OPENAI_API_KEY")
threads = {}


@app.event("app_mention")
def handle_mention(event, say):
    text = re.sub(r"<@\w+>\s*", "", event["text"])
    thread = event.get("thread_ts", event["ts"])
    messages = threads.setdefault(thread, [
        {"role": "system", "content": "You are a helpful Slack assistant."}])
    messages.append({"role": "user", "content": text})
    try:
        completion = openai.ChatCompletion.create(
            model="gpt-3.5-turbo", messages=messages, request_timeout=0.5)
    except openai.error.APIError as e:
        say(f"OpenAI returned an API error ({e.http_status})", thread_ts=thread)
        messages.pop()
        return
    except openai.error.Timeout:
        say("OpenAI took too long, please try again", thread_ts=thread)
        messages.pop()
        return
    reply = completion.choices[0].message.content
    messages.append({"role": "assistant", "content": reply})
    say(reply, thread_ts=thread)


if __name__ == "__main__":
    app.dispatch("app_mention", {"text": "<@U123> what is a linked list", "ts": "100.1"})
    app.dispatch("app_mention", {"text": "<@U123> [slow] summarise the thread", "ts": "100.2",
                                 "thread_ts": "100.1"})
    app.dispatch("app_mention", {"text": "<@U123> and a doubly linked one", "ts": "100.3",
                                 "thread_ts": "100.1"})
    print({t: len(m) for t, m in threads.items()})
