from dataclasses import dataclass
from typing import Any, Optional


@dataclass
class Job:
    prompt: str
    raw: Optional[Any] = None
    text: str = ""
