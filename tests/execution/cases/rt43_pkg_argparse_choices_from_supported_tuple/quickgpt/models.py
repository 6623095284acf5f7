SUPPORTED_MODELS = ("gpt-3.5-turbo", "gpt-3.5-turbo-16k", "gpt-4")
DEFAULT_MODEL = "gpt-3.5-turbo"
