class BaseLLM:
    """Sampling settings live on the class; subclasses override what they need."""

    model = None
    temperature = 0.7
    max_tokens = 256

    def __init__(self, **overrides):
        for name, value in overrides.items():
            setattr(self, name, value)

    def params(self, **overrides):
        params = {"model": self.model, "temperature": self.temperature,
                  "max_tokens": self.max_tokens}
        params.update(overrides)
        return params

    def generate(self, prompt, **overrides):
        raise NotImplementedError

    def __repr__(self):
        return f"<{type(self).__name__} max_tokens={self.max_tokens}>"
