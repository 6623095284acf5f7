import os
from functools import lru_cache


class Settings:
    def __init__(self):
        self.chat_model = os.getenv("CHAT_MODEL", "gpt-3.5-turbo")
        self.summary_max_tokens = int(os.getenv("SUMMARY_MAX_TOKENS", "8"))
        self.summary_temperature = float(os.getenv("SUMMARY_TEMPERATURE", "0"))


@lru_cache()
def get_settings():
    return Settings()
