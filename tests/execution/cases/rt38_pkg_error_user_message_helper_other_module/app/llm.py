import openai

from app.errors import friendly


def answer(history):
    try:
        resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
    except openai.error.OpenAIError as e:
        return friendly(e)
    return resp["choices"][0]["message"]["content"]
