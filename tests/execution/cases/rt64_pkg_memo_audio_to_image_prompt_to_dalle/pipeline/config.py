import os

CHAT_MODEL = os.getenv("CHAT_MODEL", "gpt-3.5-turbo-0613")
WHISPER_MODEL = "whisper-1"
IMAGE_SIZE = "1024x1024"
