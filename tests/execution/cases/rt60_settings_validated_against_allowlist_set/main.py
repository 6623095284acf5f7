import os

import openai

ALLOWED_CHAT_MODELS = {"gpt-3.5-turbo", "gpt-3.5-turbo-16k", "gpt-4", "gpt-4-32k"}


class ConfigError(Exception):
    pass


class Settings:
    def __init__(self):
        self.api_key = os.getenv("OPENAI_API_KEY")
        self.chat_model = os.getenv("CHAT_MODEL", "gpt-3.5-turbo")
        self.max_tokens = int(os.getenv("MAX_TOKENS", "50"))
        self.validate()

    def validate(self):
        if not self.api_key:
            raise ConfigError("OPENAI_API_KEY is not set")
        if self.chat_model not in ALLOWED_CHAT_MODELS:
            raise ConfigError(f"CHAT_MODEL must be one of {sorted(ALLOWED_CHAT_MODELS)}")


settings = Settings()
openai.api_key = settings.api_key


def answer(question):
    resp = openai.ChatCompletion.create(
        model=settings.chat_model,
        messages=[{"role": "user", "content": question}],
        max_tokens=settings.max_tokens,
    )
    return resp.choices[0].message.content


print(answer("What is a monad?"))
print(answer("Explain recursion to a child."))
