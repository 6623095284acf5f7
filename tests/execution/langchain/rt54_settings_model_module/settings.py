MODEL = "gpt-3.5-turbo"
TEMPERATURE = 0
