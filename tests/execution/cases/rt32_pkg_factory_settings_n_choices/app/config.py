import os
from dataclasses import dataclass, field


@dataclass
class GenerationSettings:
    model: str = field(default="gpt-3.5-turbo")
    n: int = field(default=2)
    temperature: float = field(default=0.9)
    max_tokens: int = field(default=10)


@dataclass
class AppConfig:
    name: str = "tagline-bot"
    generation: GenerationSettings = field(default_factory=GenerationSettings)
    debug: bool = os.getenv("TAGLINE_DEBUG", "0") == "1"
