import openai

DEFAULT_MODEL = "gpt-3.5-turbo-0613"


def chat(messages, model=DEFAULT_MODEL, **kwargs):
    response = openai.ChatCompletion.create(model=model, messages=messages, **kwargs)
    return response["choices"][0]["message"]
