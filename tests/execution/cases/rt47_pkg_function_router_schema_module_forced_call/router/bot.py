import openai

from .handlers import dispatch
from .schemas import FUNCTIONS

MODEL = "gpt-3.5-turbo-0613"


def route(text, force=None):
    messages = [{"role": "user", "content": text}]
    extra = {"function_call": {"name": force}} if force else {}
    response = openai.ChatCompletion.create(model=MODEL, messages=messages,
                                            functions=FUNCTIONS, **extra)
    message = response["choices"][0]["message"]
    if message.get("function_call"):
        result = dispatch(message["function_call"])
        messages.append(message)
        messages.append({"role": "function", "name": message["function_call"]["name"],
                         "content": result})
        final = openai.ChatCompletion.create(model=MODEL, messages=messages)
        return message["function_call"]["name"], result, final["choices"][0]["message"]["content"]
    return None, None, message["content"]
