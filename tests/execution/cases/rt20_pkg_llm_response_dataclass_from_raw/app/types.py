from dataclasses import dataclass


@dataclass
class LLMResponse:
    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str

    @classmethod
    def from_openai(cls, response):
        choice = response["choices"][0]
        usage = response["usage"]
        return cls(
            text=choice["message"]["content"].strip(),
            prompt_tokens=usage["prompt_tokens"],
            completion_tokens=usage["completion_tokens"],
            finish_reason=choice["finish_reason"],
        )
