import base64

import openai

from settings import IMAGE_SIZE, IMAGES_PER_PROMPT


def render(prompt):
    resp = openai.Image.create(prompt=prompt, n=IMAGES_PER_PROMPT, size=IMAGE_SIZE,
                               response_format="b64_json")
    return [base64.b64decode(d["b64_json"]) for d in resp["data"]]
