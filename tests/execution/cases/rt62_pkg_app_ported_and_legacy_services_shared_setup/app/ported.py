import openai

from app.openai_setup import CHAT_MODEL, client


def reply(history):
    if client is None:  # openai<1 still installed
        r = openai.ChatCompletion.create(model=CHAT_MODEL, messages=history)
        return r["choices"][0]["message"]["content"]
    r = client.chat.completions.create(model=CHAT_MODEL, messages=history)
    return r.choices[0].message.content
