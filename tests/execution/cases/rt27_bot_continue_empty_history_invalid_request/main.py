import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

histories = {}


def chat(messages):
    resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    return resp.choices[0].message.content


def handle(user, text):
    history = histories.setdefault(user, [])
    if text == "/reset":
        history.clear()
        return "history cleared"
    if text == "/continue":
        try:
            reply = chat(history)
        except openai.error.InvalidRequestError as e:
            return f"nothing to continue (HTTP {e.http_status})"
    else:
        history.append({"role": "user", "content": text})
        reply = chat(history)
    history.append({"role": "assistant", "content": reply})
    return reply


for user, text in [("u1", "write a haiku about rain"), ("u1", "/continue"), ("u2", "/reset"),
                   ("u2", "/continue"), ("u2", "hello")]:
    print(f"{user}: {text!r} -> {handle(user, text)}")
