import openai

import settings


def to_english(path):
    with open(path, "rb") as audio:
        result = openai.Audio.translate(model=settings.SPEECH_MODEL, file=audio)
    return result["text"]
