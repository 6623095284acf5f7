import openai

from core.params import GenerationParams


class LLM:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def generate(self, prompt, params=None):
        params = params or GenerationParams()
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            **params.to_kwargs(),
        )
        return response["choices"][0]["message"]["content"]
