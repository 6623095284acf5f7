"""Transcribe a recording and keep the API's answer next to it as JSON."""
import json
import os

import openai

AUDIO = "memo.m4a"


def main():
    with open(AUDIO, "wb") as f:
        f.write(b"\x00\x00\x00\x18ftypM4A FAKEAUDIO: buy milk and call the dentist")
    with open(AUDIO, "rb") as f:
        transcript = openai.Audio.transcribe("whisper-1", f)
    out = os.path.splitext(AUDIO)[0] + ".json"
    with open(out, "w") as f:
        json.dump(transcript, f)
    with open(out) as f:
        saved = json.load(f)
    print(saved["text"])
    print(sorted(saved))


main()
