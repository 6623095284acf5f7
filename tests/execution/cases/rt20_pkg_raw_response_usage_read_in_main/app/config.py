MODEL = "gpt-3.5-turbo"
MAX_TOKENS = 120
