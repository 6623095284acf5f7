import json
import os
import tempfile

import openai

HISTORY_FILE = os.path.join(tempfile.mkdtemp(), "history.json")


def load():
    if os.path.exists(HISTORY_FILE):
        with open(HISTORY_FILE) as f:
            return json.load(f)
    return [{"role": "system", "content": "You are a concise assistant."}]


def save(history):
    with open(HISTORY_FILE, "w") as f:
        json.dump(history, f, indent=1)


def turn(text):
    history = load()
    history.append({"role": "user", "content": text})
    response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
    message = response.choices[0].message
    history.append(message.to_dict())
    save(history)
    return message.content


print(turn("first question"))
print(turn("second question"))
with open(HISTORY_FILE) as f:
    print(f.read())
