import base64
import wave

import openai

from .config import CHAT_MODEL, IMAGE_SIZE, WHISPER_MODEL


def record(path, spoken):
    """Stand-in for the microphone: the text rides in the frames of a short WAV."""
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(8000)
        w.writeframes(b"FAKEAUDIO: " + spoken.encode())


def transcribe(path):
    with open(path, "rb") as f:
        return openai.Audio.translate(WHISPER_MODEL, f, response_format="text").strip()


def image_prompt(idea):
    resp = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[{"role": "system", "content": "Turn the idea into a DALL-E prompt."},
                  {"role": "user", "content": idea}],
    )
    return resp["choices"][0]["message"]["content"]


def paint(prompt, out_path):
    resp = openai.Image.create(prompt=prompt, size=IMAGE_SIZE, response_format="b64_json")
    data = base64.b64decode(resp["data"][0]["b64_json"])
    with open(out_path, "wb") as f:
        f.write(data)
    return len(data)
