GPT35 = "gpt-3.5-turbo"
GPT4 = "gpt-4"
DEFAULT_MODEL = GPT35
