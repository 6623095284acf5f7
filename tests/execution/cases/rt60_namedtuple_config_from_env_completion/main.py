import os
from typing import NamedTuple

import openai


class CompletionConfig(NamedTuple):
    engine: str = "text-davinci-003"
    max_tokens: int = 40
    temperature: float = 0.0
    stop: str = "\n\n"

    @classmethod
    def from_env(cls):
        return cls(
            engine=os.environ.get("OPENAI_ENGINE", cls._field_defaults["engine"]),
            max_tokens=int(os.environ.get("OPENAI_MAX_TOKENS", cls._field_defaults["max_tokens"])),
        )


openai.api_key = os.getenv("OPENAI_API_KEY")
CONFIG = CompletionConfig.from_env()


def complete(prompt, config=CONFIG):
    result = openai.Completion.create(
        engine=config.engine,
        prompt=prompt,
        max_tokens=config.max_tokens,
        temperature=config.temperature,
        stop=config.stop,
    )
    return result.choices[0].text.strip()


for question in ["What is the capital of Peru?", "Name a prime number above 90."]:
    print(f"Q: {question}\nA: {complete(question)}")
