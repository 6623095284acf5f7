import json

import openai

SPECS = {
    "send_email": {
        "name": "send_email",
        "description": "Send an email",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string"}, "to": {"type": "string"}},
            "required": ["text"],
        },
    },
    "create_event": {
        "name": "create_event",
        "description": "Create a calendar event",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string"}, "date": {"type": "string"}},
            "required": ["text", "date"],
        },
    },
}


def call_function(name, user_text):
    spec = SPECS[name]
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": user_text}],
        functions=list(SPECS.values()),
        function_call={"name": name},
    )
    message = response.choices[0].message
    args = json.loads(message.function_call.arguments)
    missing = [k for k in spec["parameters"]["required"] if k not in args]
    if missing:
        return f"{message.function_call.name}: missing {', '.join(missing)}"
    return f"{message.function_call.name}({', '.join(f'{k}={v!r}' for k, v in args.items())})"


print(call_function("send_email", "tell bob I'm late"))
print(call_function("create_event", "dentist next week"))
