import openai

from .base import BaseModel


class ChatModel(BaseModel):
    def __init__(self, model="gpt-3.5-turbo", **kwargs):
        super().__init__(model=model, **kwargs)

    def generate(self, prompt):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=self.max_tokens,
            temperature=self.temperature,
        )
        return response.choices[0].message.content
