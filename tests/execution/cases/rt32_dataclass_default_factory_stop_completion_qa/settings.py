from dataclasses import dataclass, field
from typing import List


@dataclass
class CompletionSettings:
    engine: str = "text-davinci-003"
    max_tokens: int = 40
    temperature: float = 0.0
    stop: List[str] = field(default_factory=lambda: ["\n", "Q:"])
