DEFAULT_MODEL = "gpt-3.5-turbo"
