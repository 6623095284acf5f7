from dataclasses import dataclass


@dataclass
class ChatSettings:
    model: str = "gpt-3.5-turbo"
    max_tokens: int = 80


@dataclass
class ReviewSettings:
    model: str = "gpt-4"
    max_tokens: int = 40
