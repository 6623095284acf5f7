"""Marketing helper: let GPT write a DALL-E prompt, then render it."""
import base64

import openai

PRODUCT = "a reusable water bottle made from bamboo"


def write_prompt(description):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Write one short DALL-E prompt."},
            {"role": "user", "content": description},
        ],
        temperature=0.9,
        max_tokens=50,
    )
    return completion.choices[0].message["content"].strip()


def render(prompt, path):
    image = openai.Image.create(prompt=prompt, size="1024x1024", response_format="b64_json")
    with open(path, "wb") as f:
        f.write(base64.b64decode(image.data[0].b64_json))
    return path


prompt = write_prompt(PRODUCT)
print("prompt:", prompt)
path = render(prompt, "bottle.png")
with open(path, "rb") as f:
    print(path, f.read(4) == b"\x89PNG")
