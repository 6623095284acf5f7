import json
from typing import List, TypedDict

import openai


class Message(TypedDict):
    role: str
    content: str


def reply_to(history: List[Message]) -> Message:
    response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
    return Message(**response["choices"][0]["message"])


if __name__ == "__main__":
    history: List[Message] = [{"role": "system", "content": "You are a pirate."}]
    for line in ("ahoy", "where is the treasure"):
        history.append({"role": "user", "content": line})
        message = reply_to(history)
        history.append(message)
        print(sorted(message), message["content"])
    print(json.dumps(history[-1], sort_keys=True))
