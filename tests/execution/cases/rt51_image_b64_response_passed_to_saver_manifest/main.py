"""Generate product mockups and save them with a manifest."""
import base64
import json
import os
import tempfile

import openai

OUT = tempfile.mkdtemp(prefix="mockups-")


def save_images(response, stem):
    """Write every image of a b64_json response; return the file names."""
    names = []
    for i, item in enumerate(response["data"]):
        name = f"{stem}-{i + 1}.png"
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(base64.b64decode(item["b64_json"]))
        names.append(name)
    return names


def generate(prompt, stem):
    response = openai.Image.create(prompt=prompt, n=2, size="1024x1024",
                                   response_format="b64_json")
    return save_images(response, stem)


manifest = {}
for stem, prompt in [("mug", "a white ceramic mug with a blue fox logo, studio light"),
                     ("tote", "a canvas tote bag with a blue fox logo")]:
    manifest[stem] = generate(prompt, stem)

with open(os.path.join(OUT, "manifest.json"), "w") as f:
    json.dump(manifest, f, indent=2)
for stem, files in manifest.items():
    sizes = [os.path.getsize(os.path.join(OUT, n)) > 0 for n in files]
    print(stem, files, all(sizes))
