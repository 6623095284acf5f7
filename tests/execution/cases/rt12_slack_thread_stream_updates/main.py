"""Slack-style bot: stream the answer into a thread, updating the message every few tokens."""
import openai

threads = {}


class FakeSlack:
    def __init__(self):
        self.updates = 0

    def chat_update(self, channel, ts, text):
        self.updates += 1

    def chat_post(self, channel, thread_ts, text):
        print(f"[{channel}/{thread_ts}] {text}")


def handle_mention(slack, event):
    thread = threads.setdefault(event["thread_ts"], [])
    thread.append({"role": "user", "content": event["text"]})
    stream = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "You are a Slack assistant."}] + thread,
        stream=True,
    )
    text = ""
    for i, chunk in enumerate(stream):
        delta = chunk["choices"][0]["delta"]
        text += delta.get("content", "")
        if i % 3 == 0:
            slack.chat_update(event["channel"], event["thread_ts"], text + " ...")
        if chunk["choices"][0]["finish_reason"] is not None:
            break
    thread.append({"role": "assistant", "content": text})
    slack.chat_post(event["channel"], event["thread_ts"], text)


if __name__ == "__main__":
    slack = FakeSlack()
    events = [
        {"channel": "C1", "thread_ts": "1690000000.1", "text": "summarize our OKRs"},
        {"channel": "C1", "thread_ts": "1690000000.1", "text": "shorter please"},
        {"channel": "C2", "thread_ts": "1690000100.5", "text": "lunch ideas?"},
    ]
    for event in events:
        handle_mention(slack, event)
    print("updates:", slack.updates, "threads:", {ts: len(m) for ts, m in threads.items()})
