import os

import openai


class OpenAIClient:
    def __init__(self, model, max_tokens=256, api_key=None):
        openai.api_key = api_key or os.getenv("OPENAI_API_KEY")
        self.model = model
        self.max_tokens = max_tokens

    def ask(self, question, context=None):
        messages = []
        if context:
            messages.append({"role": "system", "content": f"Context: {context}"})
        messages.append({"role": "user", "content": question})
        response = openai.ChatCompletion.create(
            model=self.model, messages=messages, max_tokens=self.max_tokens
        )
        return response["choices"][0]["message"]["content"]
