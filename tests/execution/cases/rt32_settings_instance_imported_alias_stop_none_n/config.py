import os


class Settings:
    chat_model = "gpt-3.5-turbo"
    n = 1
    stop = None
    max_tokens = int(os.getenv("REPLY_MAX_TOKENS", "30"))


settings = Settings()
