import os

MODEL = os.getenv("CHAT_MODEL", "gpt-3.5-turbo")
REQUEST_TIMEOUT = 0.5
