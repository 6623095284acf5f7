import os
from dataclasses import dataclass


@dataclass
class ChatConfig:
    model: str = "gpt-4"
    temperature: float = 0.0
    max_tokens: int = 48

    @classmethod
    def from_env(cls) -> "ChatConfig":
        return cls(
            model=os.environ.get("CHAT_MODEL", cls.model),
            temperature=float(os.environ.get("CHAT_TEMPERATURE", cls.temperature)),
            max_tokens=int(os.environ.get("CHAT_MAX_TOKENS", cls.max_tokens)),
        )
