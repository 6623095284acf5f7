"""A chat-bot command that draws what the user asks for (saved locally, posted later)."""
import base64
import os
import re

import openai

OUT_DIR = "generated"


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def imagine(prompt):
    response = openai.Image.create(
        prompt=prompt,
        n=1,
        size="1024x1024",
        response_format="b64_json",
    )
    image_bytes = base64.b64decode(response["data"][0]["b64_json"])
    os.makedirs(OUT_DIR, exist_ok=True)
    path = os.path.join(OUT_DIR, slugify(prompt) + ".png")
    with open(path, "wb") as f:
        f.write(image_bytes)
    return path, image_bytes[:4] == b"\x89PNG"


def on_command(line):
    if not line.startswith("/imagine "):
        return "unknown command"
    path, ok = imagine(line[len("/imagine "):])
    return f"saved {path} (png={ok})"


for line in ["/imagine A Corgi astronaut, digital art!", "/help"]:
    print(on_command(line))
