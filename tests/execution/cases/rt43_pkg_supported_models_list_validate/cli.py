DEFAULT_MODEL = "gpt-3.5-turbo"
STRONG_MODEL = "gpt-4"
