import openai

from providers.base import LLMProvider, register


@register("openai")
class OpenAIProvider(LLMProvider):
    def __init__(self, model="gpt-3.5-turbo", max_tokens=30):
        self.model = model
        self.max_tokens = max_tokens

    def complete(self, prompt):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=self.max_tokens,
        )
        return response["choices"][0]["message"]["content"]
