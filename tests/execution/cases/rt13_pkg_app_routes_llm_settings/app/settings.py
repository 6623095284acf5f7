import os

OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
OPENAI_CHAT_MODEL = os.getenv("OPENAI_CHAT_MODEL", "gpt-3.5-turbo")
MAX_REPLY_TOKENS = int(os.getenv("MAX_REPLY_TOKENS", "256"))
