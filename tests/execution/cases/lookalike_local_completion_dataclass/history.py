from dataclasses import dataclass, field
from typing import List


@dataclass
class Completion:
    """One finished autocomplete suggestion in the editor (not an API object)."""

    prefix: str
    text: str
    engine: str = "text-davinci-003"
    tags: List[str] = field(default_factory=list)

    @classmethod
    def create(cls, prefix, text, engine="text-davinci-003"):
        return cls(prefix=prefix, text=text, engine=engine)


class ChatCompletion(Completion):
    @classmethod
    def create(cls, prefix, text, engine="gpt-3.5-turbo"):
        return cls(prefix=prefix, text=text, engine=engine, tags=["chat"])
