import os

COMPLETION_MODEL = os.getenv("ASSISTANT_COMPLETION_MODEL", "text-davinci-003")
CHAT_MODEL = "gpt-3.5-turbo"
MAX_TOKENS = 12
