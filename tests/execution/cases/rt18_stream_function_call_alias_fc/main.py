import json

import openai

FUNCTIONS = [{
    "name": "word_count",
    "description": "Count the words of a text",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
}]
HANDLERS = {"word_count": lambda text: len(text.split())}


def call_streamed(text):
    name, args = "", ""
    for chunk in openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": text}],
        functions=FUNCTIONS,
        function_call={"name": "word_count"},
        stream=True,
    ):
        delta = chunk["choices"][0]["delta"]
        if "function_call" not in delta:
            continue
        fc = delta["function_call"]
        name += fc.get("name") or ""
        args += fc.get("arguments", "")
    return name, HANDLERS[name](**json.loads(args))


print(call_streamed("the quick brown fox jumps"))
