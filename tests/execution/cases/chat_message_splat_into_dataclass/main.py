"""Store the conversation as typed Turn records."""
from dataclasses import asdict, dataclass

import openai


@dataclass
class Turn:
    role: str
    content: str


def reply(history):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[asdict(t) for t in history],
    )
    return Turn(**response["choices"][0]["message"])


if __name__ == "__main__":
    history = [Turn("system", "Be terse."), Turn("user", "Name a fruit")]
    history.append(reply(history))
    history.append(Turn("user", "Another one"))
    history.append(reply(history))
    for turn in history:
        print(f"{turn.role:>9}: {turn.content}")
