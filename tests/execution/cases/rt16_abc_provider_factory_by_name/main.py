from abc import ABC, abstractmethod

import openai


class LLMProvider(ABC):
    @abstractmethod
    def complete(self, prompt: str) -> str:
        ...


class OpenAIChatProvider(LLMProvider):
    def __init__(self, model: str = "gpt-3.5-turbo", max_tokens: int = 100):
        self.model = model
        self.max_tokens = max_tokens

    def complete(self, prompt: str) -> str:
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=self.max_tokens,
        )
        return response["choices"][0]["message"]["content"]


class EchoProvider(LLMProvider):
    def complete(self, prompt: str) -> str:
        return prompt


PROVIDERS = {"openai": OpenAIChatProvider, "echo": EchoProvider}


def get_provider(name: str) -> LLMProvider:
    return PROVIDERS[name]()


if __name__ == "__main__":
    for name in ("echo", "openai"):
        provider = get_provider(name)
        print(name, "->", provider.complete("Describe a sunset over the sea"))
