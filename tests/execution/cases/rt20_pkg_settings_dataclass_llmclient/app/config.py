import os
from dataclasses import dataclass


@dataclass
class Settings:
    model: str = os.getenv("CHAT_MODEL", "gpt-3.5-turbo")
    temperature: float = float(os.getenv("TEMPERATURE", "0.7"))
    max_tokens: int = int(os.getenv("MAX_TOKENS", "256"))
    system_prompt: str = "You are a friendly assistant for a bike shop."


settings = Settings()
