import openai

MODEL = "gpt-3.5-turbo-16k-0613"


def call(messages, functions, force=None):
    extra = {"function_call": {"name": force}} if force else {}
    return openai.ChatCompletion.create(
        model=MODEL,
        messages=messages,
        functions=functions,
        temperature=0,
        **extra,
    )
