import abc

import openai


class BaseGenerator(abc.ABC):
    """Every backend turns a prompt into text."""

    name = "base"

    @abc.abstractmethod
    def generate(self, prompt: str) -> str:
        raise NotImplementedError

    def batch(self, prompts):
        return [self.generate(p) for p in prompts]


class EchoGenerator(BaseGenerator):
    name = "echo"

    def generate(self, prompt):
        return f"echo: {prompt.upper()}"


class OpenAIGenerator(BaseGenerator):
    name = "openai"
    DEFAULT_MODEL = "gpt-3.5-turbo"

    def __init__(self, model=None, system="You are a helpful assistant."):
        self.model = model or self.DEFAULT_MODEL
        self.system = system

    def generate(self, prompt):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[
                {"role": "system", "content": self.system},
                {"role": "user", "content": prompt},
            ],
            temperature=0.7,
        )
        return response["choices"][0]["message"]["content"].strip()


BACKENDS = {cls.name: cls for cls in (EchoGenerator, OpenAIGenerator)}


if __name__ == "__main__":
    for name in ("echo", "openai"):
        gen = BACKENDS[name]()
        for line in gen.batch(["name a color", "name a fruit"]):
            print(f"{name:>6}: {line}")
