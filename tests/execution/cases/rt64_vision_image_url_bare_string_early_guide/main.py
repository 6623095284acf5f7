# Based on the first GPT-4V examples (Nov 2023): image_url given directly as a string.
import base64
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

# a 1x1 transparent PNG, written to disk the way a screenshot tool would leave it
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
with open("screenshot.png", "wb") as fh:
    fh.write(PIXEL)

with open("screenshot.png", "rb") as fh:
    data_url = "data:image/png;base64," + base64.b64encode(fh.read()).decode()

response = openai.ChatCompletion.create(
    model="gpt-4-vision-preview",
    messages=[
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Is there any text in this screenshot?"},
                {"type": "image_url", "image_url": data_url},
            ],
        }
    ],
    max_tokens=200,
)
answer = response["choices"][0]["message"]["content"]
print("Answer:", answer)
