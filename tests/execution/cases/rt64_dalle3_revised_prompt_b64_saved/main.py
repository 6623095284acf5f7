import base64
import json

import openai

PROMPTS = ["a watercolor fox reading a newspaper", "an isometric pixel-art coffee shop"]

log = []
for i, prompt in enumerate(PROMPTS):
    result = openai.Image.create(
        model="dall-e-3",
        prompt=prompt,
        size="1024x1024",
        quality="standard",
        response_format="b64_json",
        n=1,
    )
    image = result["data"][0]
    filename = f"dalle3_{i}.png"
    with open(filename, "wb") as f:
        f.write(base64.b64decode(image["b64_json"]))
    log.append({"file": filename, "prompt": prompt, "revised_prompt": image["revised_prompt"]})

print(json.dumps(log, indent=2))
