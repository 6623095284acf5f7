from providers.base import LLMProvider, register


@register("echo")
class EchoProvider(LLMProvider):
    """Offline provider for tests: the model is a label for the echo strategy."""

    def __init__(self, model="echo-reverse"):
        self.model = model

    def complete(self, prompt):
        return prompt[::-1] if self.model == "echo-reverse" else prompt
