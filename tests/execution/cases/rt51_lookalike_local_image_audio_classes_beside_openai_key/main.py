import io
import os

import openai

from offline import Audio, Image

openai.api_key = os.environ.get("OPENAI_API_KEY", "")
ONLINE = False  # the kiosk runs offline today

if not ONLINE:
    pictures = Image.create(prompt="a lighthouse", n=2, size="512x512")
    for item in pictures["data"]:
        print(item["url"])
    variation = Image.create_variation(image=io.BytesIO(b"png"), n=1)
    print(variation["data"][0]["url"])
    print(Audio.transcribe("whisper-1", io.BytesIO(b"one two three")))
print("key configured:", bool(openai.api_key))
