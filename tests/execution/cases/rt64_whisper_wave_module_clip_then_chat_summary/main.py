"""Voice memo -> transcript -> one-line summary."""
import math
import struct
import wave

import openai

SUMMARY_SETTINGS = {
    "model": "gpt-3.5-turbo",
    "temperature": 0.2,
    "max_tokens": 60,
}


def write_tone(path, seconds=0.25, rate=8000, freq=440):
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = b"".join(
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * freq * i / rate)))
            for i in range(int(seconds * rate))
        )
        w.writeframes(frames)


def transcribe(path):
    with open(path, "rb") as audio_file:
        transcript = openai.Audio.transcribe("whisper-1", audio_file)
    return transcript["text"]


def summarize(text):
    completion = openai.ChatCompletion.create(
        messages=[
            {"role": "system", "content": "Summarize the voice memo in one line."},
            {"role": "user", "content": text},
        ],
        **SUMMARY_SETTINGS,
    )
    return completion.choices[0].message["content"].strip()


if __name__ == "__main__":
    write_tone("memo.wav")
    text = transcribe("memo.wav")
    print("Transcript:", text)
    print("Summary:", summarize(text))
