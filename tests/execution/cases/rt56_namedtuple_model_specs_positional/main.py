from typing import NamedTuple, Optional

import openai


class ModelSpec(NamedTuple):
    name: str
    max_tokens: int
    temperature: float = 1.0
    stop: Optional[str] = None


SPECS = {
    "draft": ModelSpec("gpt-3.5-turbo", 8),
    "final": ModelSpec("gpt-4", 4, 0.2),
    "title": ModelSpec("gpt-3.5-turbo", 20, stop=":"),
}


def generate(task: str, text: str) -> str:
    spec = SPECS[task]
    response = openai.ChatCompletion.create(
        model=spec.name,
        messages=[{"role": "user", "content": text}],
        max_tokens=spec.max_tokens,
        temperature=spec.temperature,
        stop=spec.stop,
    )
    return response.choices[0].message.content


if __name__ == "__main__":
    for task in SPECS:
        print(task, "->", generate(task, "Chapter one: the long road north begins at dawn today"))
