import os
from dataclasses import dataclass, field


@dataclass
class OpenAISettings:
    model: str = "gpt-3.5-turbo"
    max_tokens: int = 100


@dataclass
class AppSettings:
    provider: str = "openai"
    openai: OpenAISettings = field(default_factory=OpenAISettings)


SETTINGS = AppSettings(provider=os.getenv("LLM_PROVIDER", "openai"))
