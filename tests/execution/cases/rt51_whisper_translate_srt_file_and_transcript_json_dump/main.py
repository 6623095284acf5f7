"""Subtitle a German interview: English SRT via translate, the German transcript kept as JSON."""
import json
from pathlib import Path

import openai

work = Path(__file__).resolve().parent / "out"
work.mkdir(exist_ok=True)
clip = work / "interview.mp3"
clip.write_bytes(b"ID3\x03\x00FAKEAUDIO: wir bauen eine neue Brucke")


def english_subtitles(path):
    with open(path, "rb") as f:
        return openai.Audio.translate("whisper-1", f, response_format="srt")


def german_transcript(path):
    with open(path, "rb") as f:
        result = openai.Audio.transcribe(model="whisper-1", file=f, language="de",
                                         prompt="Interview, Bauprojekt")
    with open(work / "interview.json", "w") as out:
        json.dump(result, out)
    return result["text"]


srt = english_subtitles(clip)
(work / "interview.en.srt").write_text(srt)
print(srt.strip().splitlines()[-1])
print("de:", german_transcript(clip))
saved = json.loads((work / "interview.json").read_text())
print("saved keys:", sorted(saved))
