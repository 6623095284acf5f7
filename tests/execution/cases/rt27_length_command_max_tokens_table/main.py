import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
LENGTHS = {"short": 4, "long": 200}
prefs = {}


def handle(chat, text):
    if text.startswith("/length"):
        choice = text.split()[-1]
        if choice not in LENGTHS:
            return "use /length short or /length long"
        prefs[chat] = choice
        return f"answers will be {choice}"
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
        max_tokens=LENGTHS[prefs.get(chat, "long")],
    )
    out = resp.choices[0].message.content
    if resp.choices[0].finish_reason == "length":
        out += " (truncated - use /length long)"
    return out


for chat, text in [("c1", "describe the moon in a few words"), ("c1", "/length short"),
                   ("c1", "describe the moon in a few words"), ("c2", "/length medium"),
                   ("c2", "hi")]:
    print(chat, "|", handle(chat, text))
