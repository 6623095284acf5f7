import openai

from tinychain.limits import MAX_TOKENS_FOR


class OpenAILLM:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def __call__(self, prompt):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=MAX_TOKENS_FOR[self.model],
        )
        return response["choices"][0]["message"]["content"]
