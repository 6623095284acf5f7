import os

import openai


class Summarizer:
    DEFAULT_MODEL = "gpt-3.5-turbo"
    DEFAULT_MAX_TOKENS = 60

    def __init__(self, model, max_tokens):
        self.model = model
        self.max_tokens = max_tokens

    @classmethod
    def from_env(cls):
        return cls(
            model=os.getenv("SUMMARIZER_MODEL", cls.DEFAULT_MODEL),
            max_tokens=int(os.getenv("SUMMARIZER_MAX_TOKENS", cls.DEFAULT_MAX_TOKENS)),
        )

    def summarize(self, text):
        response = openai.ChatCompletion.create(
            model=self.model,
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": f"Summarize this:\n{text}"}],
        )
        return response.choices[0].message.content


if __name__ == "__main__":
    s = Summarizer.from_env()
    print(s.summarize("Rust is a systems language focused on safety and speed."))
