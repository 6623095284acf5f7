import os

OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
OPENAI_MODEL = os.getenv("OPENAI_MODEL", "gpt-3.5-turbo")
MAX_TOKENS = int(os.getenv("MAX_TOKENS", "300"))
HISTORY_LIMIT = int(os.getenv("HISTORY_LIMIT", "6"))
SYSTEM_PROMPT = os.getenv("SYSTEM_PROMPT", "You are a friendly Telegram assistant.")
