import json

import openai

from tools import FUNCTIONS, dispatch

MODEL = "gpt-3.5-turbo-0613"


def run(question):
    messages = [{"role": "user", "content": question}]
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=messages,
        functions=FUNCTIONS,
        function_call={"name": "lookup_order"},
    )
    message = response["choices"][0]["message"]
    if message.get("function_call"):
        result = dispatch(message["function_call"])
        messages.append(message)
        messages.append({"role": "function", "name": message["function_call"]["name"],
                         "content": json.dumps(result)})
        second = openai.ChatCompletion.create(model=MODEL, messages=messages)
        return second["choices"][0]["message"]["content"]
    return message["content"]
