"""Generate two DALL-E images for a prompt and save them as PNG files."""
import base64
import os

import openai

OUT_DIR = "generated"


def generate_images(prompt, n=2, size="1024x1024"):
    response = openai.Image.create(
        prompt=prompt,
        n=n,
        size=size,
        response_format="b64_json",
    )
    paths = []
    os.makedirs(OUT_DIR, exist_ok=True)
    for index, image in enumerate(response["data"]):
        path = os.path.join(OUT_DIR, f"image_{index}.png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(image["b64_json"]))
        paths.append(path)
    return paths


if __name__ == "__main__":
    for path in generate_images("a lighthouse at dusk, watercolor"):
        with open(path, "rb") as f:
            print(path, f.read(4) == b"\x89PNG")
