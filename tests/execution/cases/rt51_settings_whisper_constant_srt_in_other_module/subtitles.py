import openai

from settings import SPEECH_MODEL


def make_srt(path):
    with open(path, "rb") as audio:
        return openai.Audio.transcribe(SPEECH_MODEL, audio, response_format="srt")
