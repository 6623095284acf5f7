from dataclasses import dataclass, field

import openai


@dataclass
class LLMConfig:
    model: str = "gpt-3.5-turbo"
    temperature: float = 0.2
    max_tokens: int = 60
    stop: list = field(default_factory=list)


class ChatClient:
    def __init__(self, config: LLMConfig):
        self.config = config

    def complete(self, messages):
        kwargs = dict(
            model=self.config.model,
            messages=messages,
            temperature=self.config.temperature,
            max_tokens=self.config.max_tokens,
        )
        if self.config.stop:
            kwargs["stop"] = self.config.stop
        response = openai.ChatCompletion.create(**kwargs)
        return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    client = ChatClient(LLMConfig())
    print(client.complete([{"role": "user", "content": "List some fruits"}]))
    short = ChatClient(LLMConfig(max_tokens=2))
    print(short.complete([{"role": "user", "content": "List some vegetables"}]))
