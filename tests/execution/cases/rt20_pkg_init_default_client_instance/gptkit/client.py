import os

import openai

DEFAULT_MODEL = os.environ.get("GPTKIT_MODEL", "gpt-3.5-turbo")


class GPTClient:
    def __init__(self, model=DEFAULT_MODEL):
        self.model = model
        self.calls = 0

    def ask(self, question):
        self.calls += 1
        resp = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": question}],
        )
        return resp.choices[0].message.content.strip()
