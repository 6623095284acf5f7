from dataclasses import dataclass


@dataclass
class ChatConfig:
    model: str = "gpt-3.5-turbo"
    temperature: float = 0.0
    max_tokens: int = 24

    def to_kwargs(self):
        return {"model": self.model, "temperature": self.temperature,
                "max_tokens": self.max_tokens}
