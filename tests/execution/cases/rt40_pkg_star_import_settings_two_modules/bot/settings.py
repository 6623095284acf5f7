"""Bot settings. Import with `from .settings import *`."""
CHAT_MODEL = "gpt-3.5-turbo"
TEMPERATURE = 0.2
MAX_REPLY_TOKENS = 10
COMPLETION_ENGINE = "text-davinci-003"
TITLE_MAX_TOKENS = 6
SYSTEM_PROMPT = "You are Pip, a friendly support bot."
