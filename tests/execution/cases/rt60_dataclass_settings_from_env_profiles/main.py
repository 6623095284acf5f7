"""Ticket triage bot. Settings come from the environment, with per-environment profiles."""
import os
from dataclasses import dataclass, field

import openai

PROFILES = {
    "dev": {"chat_model": "gpt-3.5-turbo", "max_tokens": 12, "temperature": 0.9},
    "prod": {"chat_model": "gpt-4", "max_tokens": 200, "temperature": 0.2},
}


@dataclass
class Settings:
    api_key: str
    chat_model: str = "gpt-3.5-turbo"
    max_tokens: int = 64
    temperature: float = 0.7
    labels: list = field(default_factory=lambda: ["bug", "billing", "question"])

    @classmethod
    def from_env(cls):
        profile = PROFILES[os.getenv("APP_ENV", "dev")]
        return cls(
            api_key=os.environ["OPENAI_API_KEY"],
            chat_model=os.getenv("CHAT_MODEL", profile["chat_model"]),
            max_tokens=int(os.getenv("MAX_TOKENS", profile["max_tokens"])),
            temperature=float(os.getenv("TEMPERATURE", profile["temperature"])),
        )


def triage(ticket, settings):
    response = openai.ChatCompletion.create(
        model=settings.chat_model,
        messages=[
            {"role": "system", "content": "Label the ticket: " + ", ".join(settings.labels)},
            {"role": "user", "content": ticket},
        ],
        max_tokens=settings.max_tokens,
        temperature=settings.temperature,
    )
    choice = response["choices"][0]
    return choice["message"]["content"], choice["finish_reason"]


if __name__ == "__main__":
    settings = Settings.from_env()
    openai.api_key = settings.api_key
    for ticket in ["I was charged twice this month", "The export button crashes the whole app when I click it twice"]:
        text, finish = triage(ticket, settings)
        print(f"[{finish}] {text}")
