import os
from dataclasses import dataclass, field


@dataclass
class LLMConfig:
    model: str = field(default_factory=lambda: os.getenv("SVC_MODEL", "gpt-4"))
    temperature: float = 0.2
    max_tokens: int = 40
    system_prompt: str = "You label support tickets."
