from dataclasses import dataclass, field
import time


@dataclass
class CachedAnswer:
    question: str
    response: dict
    stored_at: float = field(default_factory=time.time)
