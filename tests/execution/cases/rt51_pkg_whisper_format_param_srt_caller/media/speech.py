import openai


def transcribe(path, fmt="text", temperature=0):
    """Transcribe an audio file; fmt is any of Whisper's response formats."""
    with open(path, "rb") as audio:
        return openai.Audio.transcribe("whisper-1", audio, response_format=fmt,
                                       temperature=temperature)
