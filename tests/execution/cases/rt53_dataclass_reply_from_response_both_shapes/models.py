from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Reply:
    text: str
    finish: str
    tokens: int

    @classmethod
    def from_response(cls, resp) -> "Reply":
        # openai<1 returns OpenAIObject (a dict); openai>=1 returns pydantic models
        if isinstance(resp, dict):
            choice = resp["choices"][0]
            return cls(choice["message"]["content"], choice["finish_reason"],
                       resp["usage"]["total_tokens"])
        choice = resp.choices[0]
        return cls(choice.message.content, choice.finish_reason, resp.usage.total_tokens)

    def as_row(self) -> dict:
        return asdict(self)
