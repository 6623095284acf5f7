from dataclasses import dataclass


@dataclass
class LLMSettings:
    model: str = "gpt-3.5-turbo"
    temperature: float = 0.7
    max_tokens: int = 8
    stop: str = "\n"
