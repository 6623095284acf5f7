from dataclasses import asdict, dataclass


@dataclass
class GenerationParams:
    max_tokens: int = 80
    temperature: float = 0.3
    top_p: float = 1.0
    presence_penalty: float = 0.0

    def to_kwargs(self):
        return asdict(self)


CREATIVE = GenerationParams(temperature=1.2, presence_penalty=0.6)
PRECISE = GenerationParams(temperature=0.0, max_tokens=6)
