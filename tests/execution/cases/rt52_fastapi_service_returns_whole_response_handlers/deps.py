import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


class Settings:
    chat_model = "gpt-4"
    summary_words = 8


settings = Settings()


def completion(messages, n=1):
    """Return the whole response: handlers pick what they need."""
    return openai.ChatCompletion.create(model=settings.chat_model, messages=messages, n=n)
