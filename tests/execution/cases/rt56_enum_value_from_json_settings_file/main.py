import json
from enum import Enum
from pathlib import Path
from typing import NamedTuple

import openai


class ChatModel(str, Enum):
    TURBO = "gpt-3.5-turbo"
    GPT4 = "gpt-4"


class Role(NamedTuple):
    name: str
    model: ChatModel
    max_words: int


def load_roles(path: Path) -> list[Role]:
    raw = json.loads(path.read_text())
    return [Role(name, ChatModel(spec["model"]), spec["max_words"]) for name, spec in sorted(raw.items())]


def run(role: Role, text: str) -> str:
    response = openai.ChatCompletion.create(
        model=role.model.value,
        messages=[{"role": "system", "content": f"You are the {role.name}."},
                  {"role": "user", "content": text}],
        max_tokens=role.max_words,
    )
    return response.choices[0].message.content


if __name__ == "__main__":
    for role in load_roles(Path(__file__).with_name("settings.json")):
        print(f"{role.name} ({role.model.name}): {run(role, 'explain the plot of hamlet in one line')}")
