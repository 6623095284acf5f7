import openai


class OpenAIClient:
    """Thin wrapper so the app can swap providers later."""

    def __init__(self, model="gpt-3.5-turbo", temperature=0.7):
        self.model = model
        self.temperature = temperature

    def complete(self, messages):
        return openai.ChatCompletion.create(
            model=self.model,
            messages=messages,
            temperature=self.temperature,
        )
