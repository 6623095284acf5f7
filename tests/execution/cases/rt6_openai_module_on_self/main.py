import os

import openai


class LLMClient:
    def __init__(self, model="gpt-3.5-turbo"):
        self.openai = openai
        self.openai.api_key = os.getenv("OPENAI_API_KEY")
        self.model = model

    def ask(self, prompt):
        response = self.openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
        )
        return response["choices"][0]["message"]["content"]


print(LLMClient().ask("Say hello"))
