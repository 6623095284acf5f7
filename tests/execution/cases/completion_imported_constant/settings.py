"""Project settings."""

OPENAI_MODEL = "text-davinci-003"
MAX_ITEMS = 3
