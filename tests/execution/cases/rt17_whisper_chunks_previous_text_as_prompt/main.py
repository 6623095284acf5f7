"""Transcribe a long recording split into chunks, passing context from chunk to chunk."""
import openai

CHUNKS = ["part1.mp3", "part2.mp3", "part3.mp3"]


def transcribe_chunks(paths):
    previous = ""
    pieces = []
    for path in paths:
        with open(path, "rb") as f:
            result = openai.Audio.transcribe("whisper-1", f, prompt=previous)
        previous = result["text"]
        pieces.append(previous)
    return " ".join(pieces)


print(transcribe_chunks(CHUNKS))
