from dataclasses import dataclass


@dataclass(frozen=True)
class BotConfig:
    chat_model: str = "gpt-3.5-turbo"
    temperature: float = 0.2
    max_tokens: int = 60


CONFIG = BotConfig()
