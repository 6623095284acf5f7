import base64
import sys

import openai


def png_bytes():
    return b"\x89PNG\r\n\x1a\n" + bytes(range(64))


def stream_description(image_b64, prompt):
    stream = openai.ChatCompletion.create(
        model="gpt-4-1106-vision-preview",
        messages=[{
            "role": "user",
            "content": [
                {"type": "text", "text": prompt},
                {"type": "image_url",
                 "image_url": {"url": "data:image/png;base64," + image_b64, "detail": "high"}},
            ],
        }],
        max_tokens=500,
        stream=True,
    )
    parts = []
    for chunk in stream:
        delta = chunk["choices"][0]["delta"]
        piece = delta.get("content", "")
        if piece:
            sys.stdout.write(piece)
            parts.append(piece)
    sys.stdout.write("\n")
    return "".join(parts)


with open("diagram.png", "wb") as f:
    f.write(png_bytes())
with open("diagram.png", "rb") as f:
    b64 = base64.b64encode(f.read()).decode("ascii")
text = stream_description(b64, "Explain this architecture diagram step by step.")
print(len(text.split()), "words streamed")
