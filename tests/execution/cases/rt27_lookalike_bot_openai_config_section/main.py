"""Offline dry-run of the chat bot: the backend echoes, nothing is sent anywhere."""
import json
import time
from dataclasses import dataclass, field

CONFIG = {
    "openai": {"api_key": "sk-not-used", "model": "gpt-3.5-turbo", "temperature": 0.7},
    "bot": {"name": "helper", "max_history": 4},
}


class RateLimitError(Exception):
    pass


@dataclass
class ChatCompletion:
    content: str
    usage: dict = field(default_factory=dict)

    @classmethod
    def create(cls, model, messages, temperature=1.0):
        last = messages[-1]["content"]
        if last == "spam":
            raise RateLimitError("too many messages")
        return cls(content=f"(dry-run) {last[::-1]}",
                   usage={"total_tokens": sum(len(m["content"].split()) for m in messages)})


def respond(history, text, retries=2):
    history.append({"role": "user", "content": text})
    del history[:-CONFIG["bot"]["max_history"]]
    for attempt in range(retries):
        try:
            reply = ChatCompletion.create(model=CONFIG["openai"]["model"], messages=history,
                                          temperature=CONFIG["openai"]["temperature"])
        except RateLimitError:
            time.sleep(0.01)
            continue
        history.append({"role": "assistant", "content": reply.content})
        return reply.content, reply.usage["total_tokens"]
    return "slow down please", 0


history = []
for text in ["hello bot", "spam", "how are you"]:
    print(respond(history, text))
print(json.dumps({k: v for k, v in CONFIG["openai"].items() if k != "api_key"}))
