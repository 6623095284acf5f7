"""A tiny in-house LLM wrapper that happens to be called OpenAI."""


class OpenAI:
    def __init__(self, model_name="local-7b", temperature=0.0):
        self.model_name = model_name
        self.temperature = temperature

    def predict(self, prompt):
        return f"[{self.model_name}] {prompt[::-1]}"

    class Completion:
        @staticmethod
        def create(prompt):
            return {"choices": [{"text": prompt.upper()}]}
