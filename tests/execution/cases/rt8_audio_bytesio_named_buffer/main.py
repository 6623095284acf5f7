"""Transcribe audio held in memory (as a web upload would be) through a named BytesIO."""
import io

import openai


def record():
    # stand-in for the bytes a browser upload delivers
    return b"ID3\x03\x00FAKEAUDIO: please schedule the review for friday"


def transcribe_bytes(data, filename="upload.mp3"):
    buffer = io.BytesIO(data)
    buffer.name = filename  # the API needs a file name with a known extension
    transcript = openai.Audio.transcribe("whisper-1", buffer, language="en")
    return transcript.text


print(transcribe_bytes(record()))
