import openai


class Provider:
    name = "base"

    def __init__(self, model):
        self.model = model

    def complete(self, prompt):
        raise NotImplementedError


class OpenAI(Provider):
    """Our provider wrapper (predates the SDK's own OpenAI class)."""

    name = "openai"

    def complete(self, prompt):
        resp = openai.ChatCompletion.create(
            model=self.model, messages=[{"role": "user", "content": prompt}]
        )
        return resp["choices"][0]["message"]["content"]


class OpenAIInstruct(Provider):
    name = "openai-instruct"

    def complete(self, prompt):
        resp = openai.Completion.create(model=self.model, prompt=prompt, max_tokens=10)
        return resp["choices"][0]["text"]


class Echo(Provider):
    name = "echo"

    def complete(self, prompt):
        return prompt.upper()


REGISTRY = {cls.name: cls for cls in (OpenAI, OpenAIInstruct, Echo)}
