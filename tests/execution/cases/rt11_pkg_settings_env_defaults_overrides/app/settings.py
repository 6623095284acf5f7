import os

OPENAI_API_KEY = os.getenv("OPENAI_API_KEY", "")
CHAT_MODEL = os.getenv("CHAT_MODEL", "gpt-3.5-turbo")
REQUEST_TIMEOUT = float(os.getenv("OPENAI_TIMEOUT", "30"))
