import json

import openai

FUNCTIONS = [{
    "name": "classify_intent",
    "description": "Classify the user's intent",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
}]


def stream_call(text):
    call = {}
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": text}],
        functions=FUNCTIONS,
        function_call={"name": "classify_intent"},
        stream=True,
    )
    for chunk in response:
        delta = chunk["choices"][0]["delta"]
        if "function_call" in delta:
            for k, v in delta["function_call"].items():
                call[k] = call.get(k, "") + v
    return call["name"], json.loads(call["arguments"])


print(stream_call("cancel my subscription"))
