import base64
import hashlib
import os
import tempfile

import openai

FOLDER = tempfile.mkdtemp()


def store(item, name):
    """Save an image item: inline base64 if the API sent it, else remember its URL."""
    if "b64_json" in item:
        data = base64.b64decode(item["b64_json"])
        with open(os.path.join(FOLDER, name), "wb") as f:
            f.write(data)
        kind = "png" if data.startswith(b"\x89PNG") else "unknown"
        return f"saved {name} ({kind})"
    return f"link {item['url']}"


resp = openai.Image.create(prompt="isometric pixel-art lighthouse at dusk", n=2,
                           size="1024x1024", response_format="b64_json")
for i, item in enumerate(resp["data"]):
    print(store(item, f"lighthouse_{i}.png"))
