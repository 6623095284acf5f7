"""Write a short clip, transcribe it as plain text and translate it to English."""
import os
import tempfile

import openai


def write_clip(folder):
    path = os.path.join(folder, "clip.wav")
    with open(path, "wb") as f:
        f.write(b"RIFF\x24\x00\x00\x00WAVEfmt FAKEAUDIO: bonjour tout le monde")
    return path


def main():
    with tempfile.TemporaryDirectory() as folder:
        path = write_clip(folder)
        with open(path, "rb") as audio:
            text = openai.Audio.transcribe(model="whisper-1", file=audio,
                                           response_format="text")
        print(repr(text.strip()))
        with open(path, "rb") as audio:
            english = openai.Audio.translate("whisper-1", audio)
        print(english["text"])


if __name__ == "__main__":
    main()
