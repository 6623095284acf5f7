import openai

from app.config import settings


class LLMClient:
    def __init__(self, model=None, temperature=None, max_tokens=None):
        self.model = model or settings.model
        self.temperature = settings.temperature if temperature is None else temperature
        self.max_tokens = max_tokens or settings.max_tokens

    def ask(self, question):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[
                {"role": "system", "content": settings.system_prompt},
                {"role": "user", "content": question},
            ],
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return response["choices"][0]["message"]["content"]
