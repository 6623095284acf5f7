import openai

from . import config


class ChatBot:
    def __init__(self, system="You are a helpful assistant."):
        self.system = system

    def complete(self, user_message):
        """Return the raw API response so callers can log usage."""
        return openai.ChatCompletion.create(
            model=config.MODEL,
            messages=[
                {"role": "system", "content": self.system},
                {"role": "user", "content": user_message},
            ],
            max_tokens=config.MAX_TOKENS,
        )
