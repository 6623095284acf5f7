import json

import openai

FUNCTIONS = [
    {
        "name": "get_weather",
        "description": "Get the weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string"}},
            "required": ["text"],
        },
    }
]


def handle(message):
    call = message.get("function_call")
    if call is None:
        return "plain: " + (message.get("content") or "")
    args = json.loads(call["arguments"])
    return f"call {call['name']}({args['text']})"


for force in (False, True):
    extra = {"function_call": {"name": "get_weather"}} if force else {}
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": "Weather in Oslo?"}],
        functions=FUNCTIONS,
        **extra,
    )
    msg = response["choices"][0]["message"]
    print(handle(msg), response["choices"][0]["finish_reason"])
