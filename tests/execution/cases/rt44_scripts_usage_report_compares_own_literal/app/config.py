import os

CHAT_MODEL = "gpt-3.5-turbo"
MAX_REPLY_TOKENS = int(os.environ.get("MAX_REPLY_TOKENS", "8"))
