import os

SPEECH_MODEL = "whisper-1"
TARGET_LANGUAGE = os.environ.get("TARGET_LANGUAGE", "en")
