"""Generate avatar candidates and save them as PNG files."""
import base64
import os
import tempfile

import openai


def generate_avatars(description, count=2, out_dir=None):
    out_dir = out_dir or tempfile.mkdtemp()
    response = openai.Image.create(
        prompt=f"A flat illustrated avatar of {description}",
        n=count,
        size="512x512",
        response_format="b64_json",
    )
    paths = []
    for i, image in enumerate(response["data"]):
        path = os.path.join(out_dir, f"avatar_{i}.png")
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(image["b64_json"]))
        paths.append(path)
    return paths


if __name__ == "__main__":
    paths = generate_avatars("a smiling cat wearing glasses")
    print(len(paths), [os.path.basename(p) for p in paths])
    print(all(open(p, "rb").read().startswith(b"\x89PNG") for p in paths))
