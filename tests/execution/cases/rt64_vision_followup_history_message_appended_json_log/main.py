"""Two-turn conversation about one image; the conversation is saved as JSON."""
import base64
import json

import openai

with open("plot.png", "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n" + b"line chart, rising")

with open("plot.png", "rb") as f:
    image_url = "data:image/png;base64," + base64.b64encode(f.read()).decode()

history = [
    {"role": "system", "content": "You are a data analyst."},
    {"role": "user", "content": [
        {"type": "text", "text": "What trend does this plot show?"},
        {"type": "image_url", "image_url": {"url": image_url, "detail": "low"}},
    ]},
]


def ask(messages):
    response = openai.ChatCompletion.create(
        model="gpt-4-vision-preview", messages=messages, max_tokens=200
    )
    return response["choices"][0]["message"]


first = ask(history)
history.append(first)
print("A1:", first["content"])
history.append({"role": "user", "content": "Summarize that in three words."})
second = ask(history)
history.append(second)
print("A2:", second["content"])

with open("conversation.json", "w") as f:
    json.dump(history, f, indent=2)
with open("conversation.json") as f:
    saved = json.load(f)
print("saved turns:", len(saved), [m["role"] for m in saved])
