from typing import Dict, Protocol, runtime_checkable

import openai


@runtime_checkable
class TextModel(Protocol):
    def generate(self, prompt: str) -> str: ...


class ChatBackend:
    def __init__(self, model: str = "gpt-3.5-turbo") -> None:
        self.model = model

    def generate(self, prompt: str) -> str:
        out = openai.ChatCompletion.create(model=self.model, messages=[{"role": "user", "content": prompt}])
        return out["choices"][0]["message"]["content"]


class InstructBackend:
    def __init__(self, engine: str = "text-davinci-003", max_tokens: int = 6) -> None:
        self.engine = engine
        self.max_tokens = max_tokens

    def generate(self, prompt: str) -> str:
        out = openai.Completion.create(model=self.engine, prompt=prompt, max_tokens=self.max_tokens)
        return out["choices"][0]["text"].strip()


class EchoBackend:
    def generate(self, prompt: str) -> str:
        return prompt.upper()


BACKENDS: Dict[str, TextModel] = {
    "chat": ChatBackend(),
    "instruct": InstructBackend(),
    "echo": EchoBackend(),
}

if __name__ == "__main__":
    for name, backend in BACKENDS.items():
        assert isinstance(backend, TextModel)
        print(f"{name}: {backend.generate('write a tagline for a bakery that opens at five')}")
