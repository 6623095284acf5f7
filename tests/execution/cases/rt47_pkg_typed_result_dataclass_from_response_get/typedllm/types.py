from dataclasses import dataclass


@dataclass(frozen=True)
class ChatResult:
    text: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int
    response_id: str

    @classmethod
    def from_response(cls, response):
        choice = response["choices"][0]
        usage = response.get("usage", {})
        return cls(
            text=choice["message"]["content"].strip(),
            finish_reason=choice.get("finish_reason", "unknown"),
            prompt_tokens=usage.get("prompt_tokens", 0),
            completion_tokens=usage.get("completion_tokens", 0),
            response_id=response.get("id", ""),
        )

    @property
    def truncated(self):
        return self.finish_reason == "length"
