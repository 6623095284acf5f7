"""Run several vision tasks over one receipt image, each with its own settings."""
import base64
import os

import openai

TASKS = {
    "caption": {"model": "gpt-4-vision-preview", "detail": "low", "max_tokens": 40,
                "prompt": "Give a one-sentence caption."},
    "extract": {"model": "gpt-4-vision-preview", "detail": "high", "max_tokens": 400,
                "prompt": "List every line item with its price."},
    "total": {"model": "gpt-4-vision-preview", "detail": "high", "max_tokens": 3,
              "prompt": "What is the grand total on this receipt?"},
}


def run_task(name, image_path):
    settings = TASKS[name]
    with open(image_path, "rb") as f:
        url = "data:image/png;base64," + base64.b64encode(f.read()).decode()
    response = openai.ChatCompletion.create(
        model=settings["model"],
        messages=[{"role": "user", "content": [
            {"type": "text", "text": settings["prompt"]},
            {"type": "image_url", "image_url": {"url": url, "detail": settings["detail"]}},
        ]}],
        max_tokens=settings["max_tokens"],
        temperature=0,
    )
    return response.choices[0].message.content


path = os.path.join(os.getcwd(), "receipt.png")
with open(path, "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n" + b"TOTAL 12.50")
for task in TASKS:
    print(f"[{task}] {run_task(task, path)}")
