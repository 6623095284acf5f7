"""Chat sessions that survive restarts: the transcript is saved as JSON after each turn."""
import json
import os
import tempfile

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
TRANSCRIPT = os.path.join(tempfile.mkdtemp(), "transcript.json")


def load_history():
    if os.path.exists(TRANSCRIPT):
        with open(TRANSCRIPT) as f:
            return json.load(f)
    return [{"role": "system", "content": "You are a concise tutor."}]


def save_history(history):
    with open(TRANSCRIPT, "w") as f:
        json.dump(history, f, indent=2)


def session(turns):
    history = load_history()
    print(f"-- session with {len(history)} stored messages")
    for text in turns:
        history.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
        message = response.choices[0].message
        history.append(message)
        save_history(history)
        print(message.role + ":", message.content)


session(["what is recursion", "give an example"])
session(["and what about iteration"])
with open(TRANSCRIPT) as f:
    saved = json.load(f)
print([m["role"] for m in saved])
print(saved[-1]["content"])
