import os

DEFAULT_CHAT_MODEL = "gpt-3.5-turbo"


def chat_model():
    return os.getenv("CHAT_MODEL", DEFAULT_CHAT_MODEL)


def temperature():
    return float(os.getenv("CHAT_TEMPERATURE", "1.0"))
