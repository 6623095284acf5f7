import openai

from app.settings import LLMSettings


class LLMClient:
    def __init__(self, settings: LLMSettings):
        self.settings = settings

    def ask(self, question):
        response = openai.ChatCompletion.create(
            model=self.settings.model,
            messages=[
                {"role": "system", "content": self.settings.system_prompt},
                {"role": "user", "content": question},
            ],
            max_tokens=self.settings.max_tokens,
        )
        return response["choices"][0]["message"]["content"]
