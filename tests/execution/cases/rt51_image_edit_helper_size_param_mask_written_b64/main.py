"""Room re-styler: the user's photo plus a mask over the wall, re-painted by DALL-E."""
import base64
import os
import tempfile

import openai

WORK = tempfile.mkdtemp()
PNG_HEADER = b"\x89PNG\r\n\x1a\n"


def write_png(name, payload):
    path = os.path.join(WORK, name)
    with open(path, "wb") as f:
        f.write(PNG_HEADER + payload)
    return path


def restyle(photo, mask, style, size="1024x1024", n=1):
    response = openai.Image.create_edit(
        image=open(photo, "rb"),
        mask=open(mask, "rb"),
        prompt=f"the same living room, wall painted in {style}",
        n=n,
        size=size,
        response_format="b64_json",
    )
    saved = []
    for i, image in enumerate(response["data"]):
        out = os.path.join(WORK, f"{style.replace(' ', '_')}_{i}.png")
        with open(out, "wb") as f:
            f.write(base64.b64decode(image["b64_json"]))
        saved.append(os.path.basename(out))
    return saved


photo = write_png("room.png", b"photo-bytes")
mask = write_png("mask.png", b"mask-bytes")
print(restyle(photo, mask, "sage green"))
print(restyle(photo, mask, "terracotta", size="1024x1024", n=2))
