from dataclasses import asdict, dataclass


@dataclass
class ChatParams:
    model: str = "gpt-3.5-turbo"
    temperature: float = 0.7
    max_tokens: int = 64

    def to_request(self):
        return asdict(self)


@dataclass
class PreciseParams(ChatParams):
    model: str = "gpt-4"
    temperature: float = 0.0


@dataclass
class ShortParams(ChatParams):
    max_tokens: int = 4
