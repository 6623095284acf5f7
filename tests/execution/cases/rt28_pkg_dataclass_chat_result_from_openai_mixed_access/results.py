from dataclasses import dataclass


@dataclass
class ChatResult:
    text: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int

    @classmethod
    def from_openai(cls, resp):
        choice = resp.choices[0]
        return cls(
            text=choice.message["content"],
            finish_reason=choice.finish_reason,
            prompt_tokens=resp.usage["prompt_tokens"],
            completion_tokens=resp["usage"].completion_tokens,
        )

    @property
    def total_tokens(self):
        return self.prompt_tokens + self.completion_tokens
