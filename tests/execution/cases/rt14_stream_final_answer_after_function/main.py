import json
import sys

import openai

MODEL = "gpt-3.5-turbo-0613"
FUNCTIONS = [{
    "name": "get_time_in_city",
    "description": "Current local time in a city",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}},
                   "required": ["text"]},
}]


def get_time_in_city(text):
    return {"city": text, "time": "14:05"}


def main(question):
    messages = [{"role": "user", "content": question}]
    first = openai.ChatCompletion.create(
        model=MODEL, messages=messages, functions=FUNCTIONS,
        function_call={"name": "get_time_in_city"},
    )
    msg = first["choices"][0]["message"]
    args = json.loads(msg["function_call"]["arguments"])
    messages.append(msg)
    messages.append({"role": "function", "name": "get_time_in_city",
                     "content": json.dumps(get_time_in_city(**args))})
    pieces = []
    for chunk in openai.ChatCompletion.create(model=MODEL, messages=messages, stream=True):
        delta = chunk["choices"][0]["delta"]
        token = delta.get("content", "")
        if token:
            pieces.append(token)
            sys.stdout.write(token)
            sys.stdout.flush()
        if chunk["choices"][0]["finish_reason"] is not None:
            print(f"\n[{chunk['choices'][0]['finish_reason']}] {len(pieces)} pieces")


main("Lisbon")
