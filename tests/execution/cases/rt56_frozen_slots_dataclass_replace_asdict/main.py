import dataclasses
from dataclasses import asdict, dataclass
from typing import Optional

import openai


@dataclass(frozen=True, slots=True)
class LLMSettings:
    model: str = "gpt-3.5-turbo"
    max_tokens: Optional[int] = None
    n: int = 1


BASE = LLMSettings()
SHORT = dataclasses.replace(BASE, max_tokens=3)
WIDE = dataclasses.replace(BASE, model="gpt-4", n=2)


def complete(settings: LLMSettings, prompt: str) -> list[str]:
    response = openai.ChatCompletion.create(messages=[{"role": "user", "content": prompt}], **asdict(settings))
    return [c.message.content for c in response.choices]


if __name__ == "__main__":
    for name, settings in (("base", BASE), ("short", SHORT), ("wide", WIDE)):
        try:
            settings.n = 5  # frozen: must raise
        except dataclasses.FrozenInstanceError:
            pass
        print(name, complete(settings, "give me a name for a grey cat please"))
