import json

import openai

functions = [
    {
        "name": "set_reminder",
        "description": "Set a reminder",
        "parameters": {"type": "object", "properties": {"text": {"type": "string"}},
                       "required": ["text"]},
    }
]

response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo-0613",
    messages=[{"role": "user", "content": "remind me to stretch at 3pm"}],
    functions=functions,
    function_call={"name": "set_reminder"},
)
response_message = response["choices"][0]["message"]
print(response_message)
print(response["choices"][0]["finish_reason"])
if response_message.get("function_call"):
    function_args = json.loads(response_message["function_call"]["arguments"])
    print(function_args.get("text"))
