import openai

from app.types import LLMResponse


class ChatModel:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def invoke(self, prompt):
        raw = openai.ChatCompletion.create(model=self.model, messages=[{"role": "user", "content": prompt}])
        return LLMResponse.from_openai(raw)
