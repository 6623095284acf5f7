"""Alt-text generator: short descriptions for product photos, flagging cut-off ones."""
import base64
import os
import tempfile

import openai

ALT_TEXT_PROMPT = "Write alt text for this product photo."


def fake_photo(folder, name, payload):
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + payload)
    return path


def alt_text(path, limit):
    with open(path, "rb") as f:
        encoded = base64.b64encode(f.read()).decode()
    response = openai.ChatCompletion.create(
        model="gpt-4-vision-preview",
        messages=[{"role": "user", "content": [
            {"type": "text", "text": ALT_TEXT_PROMPT},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64," + encoded,
                                                "detail": "low"}},
        ]}],
        max_tokens=limit,
    )
    choice = response["choices"][0]
    # gpt-4-vision-preview reports finish_details instead of finish_reason
    finished = choice["finish_details"]["type"] == "stop"
    return choice["message"]["content"], finished


with tempfile.TemporaryDirectory() as folder:
    for name, limit in (("mug.png", 300), ("lamp.png", 5)):
        path = fake_photo(folder, name, name.encode())
        text, finished = alt_text(path, limit)
        print(f"{name}: {text}" + ("" if finished else " [cut short]"))
