"""A podcast indexer: check the models it needs at start-up, then transcribe and embed."""
import os
import sys
import tempfile

import openai

SPEECH_MODEL = "whisper-1"
EMBED_MODEL = "text-embedding-ada-002"


def preflight():
    for name in (SPEECH_MODEL, EMBED_MODEL):
        try:
            info = openai.Model.retrieve(name)
        except openai.error.InvalidRequestError:
            sys.exit(f"model {name} is not available to this key")
        print(f"preflight: {info.id} ok")


def index_episode(path):
    with open(path, "rb") as audio:
        transcript = openai.Audio.transcribe(SPEECH_MODEL, audio)["text"]
    vector = openai.Embedding.create(model=EMBED_MODEL, input=transcript)["data"][0]["embedding"]
    return transcript, len(vector)


preflight()
episode = os.path.join(tempfile.mkdtemp(), "ep42.m4a")
with open(episode, "wb") as f:
    f.write(b"\x00\x00\x00\x20ftypM4A FAKEAUDIO: welcome to episode forty two")
text, dims = index_episode(episode)
print(f"indexed {text!r} as {dims} floats")
