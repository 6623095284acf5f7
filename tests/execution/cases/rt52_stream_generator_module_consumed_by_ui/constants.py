MODEL = "gpt-3.5-turbo"
SYSTEM = "You are a storyteller."
