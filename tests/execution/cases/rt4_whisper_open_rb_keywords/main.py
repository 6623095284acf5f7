import os

import openai


def transcribe(path, language="en"):
    with open(path, "rb") as audio_file:
        transcript = openai.Audio.transcribe(
            model="whisper-1",
            file=audio_file,
            language=language,
            prompt="Quarterly business review",
            temperature=0,
        )
    return transcript.text


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    text = transcribe(os.path.join(here, "meeting.m4a"))
    print(text)
    print(len(text.split()), "words")


if __name__ == "__main__":
    main()
