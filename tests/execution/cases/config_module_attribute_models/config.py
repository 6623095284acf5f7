"""Settings for the newsletter tool."""

CHAT_MODEL = "gpt-3.5-turbo"
COMPLETION_MODEL = "text-davinci-003"
MAX_TOKENS = 120
