import openai

from .base import BaseModel


class DavinciModel(BaseModel):
    def generate(self, prompt):
        response = openai.Completion.create(
            model=self.model,
            prompt=prompt,
            max_tokens=self.max_tokens,
            temperature=self.temperature,
        )
        return response.choices[0].text
