import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


class BaseModel:
    def __init__(self, model="text-davinci-003", max_tokens=64, temperature=0.0):
        self.model = model
        self.max_tokens = max_tokens
        self.temperature = temperature

    def generate(self, prompt):
        raise NotImplementedError

    def __call__(self, prompt):
        return self.generate(prompt).strip()
