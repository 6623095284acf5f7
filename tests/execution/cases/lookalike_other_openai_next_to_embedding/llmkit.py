"""An in-house wrapper named like the SDK's client."""


class OpenAI:
    def __init__(self, temperature=0.0):
        self.temperature = temperature

    def __call__(self, prompt):
        return "local: " + prompt
