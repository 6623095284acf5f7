import os
from typing import NamedTuple


class Settings(NamedTuple):
    model: str = "gpt-3.5-turbo"
    temperature: float = 0.2
    max_tokens: int = 60
    system_prompt: str = "You are a helpful support agent for a bike rental shop."


def load_settings() -> Settings:
    return Settings(
        model=os.getenv("SUPPORT_CHAT_MODEL", "gpt-3.5-turbo"),
        temperature=float(os.getenv("SUPPORT_TEMPERATURE", "0.2")),
        max_tokens=int(os.getenv("SUPPORT_MAX_TOKENS", "60")),
    )
