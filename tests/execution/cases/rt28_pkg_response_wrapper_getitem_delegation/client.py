import openai

from response import LLMResponse


class Client:
    def __init__(self, model="gpt-3.5-turbo", max_tokens=None):
        self.model = model
        self.max_tokens = max_tokens

    def ask(self, question):
        resp = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": question}],
            max_tokens=self.max_tokens,
        )
        return LLMResponse(resp)
