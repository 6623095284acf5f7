class BaseLLM:
    """Common interface of the language models the pipeline can use."""

    def __init__(self, model_name, temperature=0.0, max_tokens=256, stop=None):
        self.model_name = model_name
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.stop = stop

    def generate(self, prompt):
        raise NotImplementedError
