"""A chat whose history (the assistant's message objects) is persisted in a shelve."""
import os
import shelve
import tempfile

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
DB = os.path.join(tempfile.mkdtemp(), "history")


def turn(user_text):
    with shelve.open(DB) as db:
        history = db.get("history", [{"role": "system", "content": "Be terse."}])
        history.append({"role": "user", "content": user_text})
        resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
        message = resp["choices"][0]["message"]
        history.append(message)
        db["history"] = history
        return message["content"]


print(turn("Hello"))
print(turn("And again"))
with shelve.open(DB) as db:
    for m in db["history"]:
        print(m["role"], "->", m["content"])
