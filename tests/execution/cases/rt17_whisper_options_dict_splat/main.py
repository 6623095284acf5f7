import openai

WHISPER_OPTIONS = {
    "language": "en",
    "prompt": "A podcast about Python packaging.",
    "temperature": 0,
}


def transcribe(path, **overrides):
    options = {**WHISPER_OPTIONS, **overrides}
    with open(path, "rb") as f:
        return openai.Audio.transcribe("whisper-1", f, **options)["text"]


print(transcribe("episode.mp3"))
print(transcribe("episode.mp3", temperature=0.2))
