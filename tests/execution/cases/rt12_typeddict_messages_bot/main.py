"""Typed message history for a chat bot (TypedDict, Python 3.8 style)."""
from typing import Dict, List, TypedDict

import openai


class Message(TypedDict):
    role: str
    content: str


History = List[Message]
SYSTEM: Message = {"role": "system", "content": "You are a terse assistant."}


def ask(history: History, model: str = "gpt-3.5-turbo") -> str:
    response = openai.ChatCompletion.create(model=model, messages=[SYSTEM, *history])
    content: str = response["choices"][0]["message"]["content"]
    return content


class ChatSession:
    def __init__(self) -> None:
        self.users: Dict[str, History] = {}

    def send(self, user: str, text: str) -> str:
        history = self.users.setdefault(user, [])
        history.append(Message(role="user", content=text))
        answer = ask(history)
        history.append(Message(role="assistant", content=answer))
        return answer


if __name__ == "__main__":
    session = ChatSession()
    for user, text in [("ann", "ping"), ("ben", "hello"), ("ann", "pong?")]:
        print(f"{user}: {session.send(user, text)}")
    print({user: len(h) for user, h in session.users.items()})
