import openai

from app.request import build


def ask(question):
    response = openai.ChatCompletion.create(**build(question))
    return response["choices"][0]["message"]["content"]
