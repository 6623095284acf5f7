"""An offline stand-in the project uses in demos: same call shape as langchain's LLM."""


class OpenAI:
    def __init__(self, model_name="offline-echo", temperature=0.0):
        self.model_name = model_name
        self.temperature = temperature

    def predict(self, text):
        return f"[{self.model_name}] {text[::-1]}"

    def __call__(self, text):
        return self.predict(text)
