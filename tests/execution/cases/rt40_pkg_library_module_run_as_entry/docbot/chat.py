import openai

from docbot.config import CHAT_MODEL


def ask(question, context=""):
    messages = []
    if context:
        messages.append({"role": "system", "content": context})
    messages.append({"role": "user", "content": question})
    response = openai.ChatCompletion.create(model=CHAT_MODEL, messages=messages)
    return response.choices[0].message.content
