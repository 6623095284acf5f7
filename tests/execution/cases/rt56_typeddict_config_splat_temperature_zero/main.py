from typing import List, TypedDict

import openai


class Message(TypedDict):
    role: str
    content: str


class ChatConfig(TypedDict, total=False):
    model: str
    temperature: float
    max_tokens: int


DEFAULTS: ChatConfig = {"model": "gpt-4", "temperature": 0, "max_tokens": 6}


def chat(messages: List[Message], config: ChatConfig = DEFAULTS) -> str:
    response = openai.ChatCompletion.create(messages=messages, **config)
    return response.choices[0].message.content


if __name__ == "__main__":
    history: List[Message] = [Message(role="system", content="Answer in one line.")]
    for text in ("list the planets of the inner solar system in order", "and the outer ones"):
        history.append(Message(role="user", content=text))
        reply = chat(history)
        history.append(Message(role="assistant", content=reply))
        print(reply)
    print(len(history), "messages")
