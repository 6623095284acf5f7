"""Lecture translator: English text plus a per-segment timing report."""
import os
import tempfile

import openai


def translate_lecture(path):
    with open(path, "rb") as audio:
        result = openai.Audio.translate(
            model="whisper-1",
            file=audio,
            response_format="verbose_json",
            temperature=0,
        )
    segments = result.get("segments", [])
    spoken = sum(s["end"] - s["start"] for s in segments)
    return result["text"], result.get("duration", 0.0), spoken, len(segments)


lecture = os.path.join(tempfile.mkdtemp(), "lecture-fr.webm")
with open(lecture, "wb") as f:
    f.write(b"\x1aE\xdf\xa3 FAKEAUDIO: la photosynthese transforme la lumiere")
text, duration, spoken, count = translate_lecture(lecture)
print(text)
print(f"{count} segment(s), {spoken:.1f}s of speech in {duration:.1f}s")
