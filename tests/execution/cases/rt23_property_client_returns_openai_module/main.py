import os

import openai


class LLMService:
    def __init__(self, model="gpt-3.5-turbo"):
        self._model = model
        self._client = None

    @property
    def client(self):
        if self._client is None:
            openai.api_key = os.environ["OPENAI_API_KEY"]
            self._client = openai
        return self._client

    @property
    def model(self):
        return self._model

    def complete(self, prompt, max_tokens=50):
        result = self.client.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=max_tokens,
        )
        return result.choices[0].message.content, result.usage.total_tokens


service = LLMService()
text, tokens = service.complete("List three prime numbers")
print(text)
print("tokens used:", tokens)
text, tokens = service.complete("Write a very long story about a dragon", max_tokens=5)
print(text, "|", tokens)
