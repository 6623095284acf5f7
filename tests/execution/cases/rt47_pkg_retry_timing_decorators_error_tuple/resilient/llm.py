import openai

from .decorators import retry, timed

MODEL = "gpt-3.5-turbo"


@timed
@retry(tries=2)
def ask(question, model=MODEL, **kwargs):
    response = openai.ChatCompletion.create(
        model=model, messages=[{"role": "user", "content": question}], **kwargs)
    return response["choices"][0]["message"]["content"]


@timed
@retry()
def ask_history(history, model=MODEL):
    response = openai.ChatCompletion.create(model=model, messages=history)
    return response["choices"][0]["message"]["content"]
