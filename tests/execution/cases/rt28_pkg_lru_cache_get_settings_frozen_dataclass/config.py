from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Settings:
    chat_model: str = "gpt-3.5-turbo"
    max_tokens: int = 64
    system_prompt: str = "You are a concise assistant for a recipe website."


@lru_cache()
def get_settings() -> Settings:
    return Settings()
