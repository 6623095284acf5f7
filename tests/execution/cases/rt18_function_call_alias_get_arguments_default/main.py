import json

import openai

FUNCTIONS = [{
    "name": "create_ticket",
    "description": "Open a support ticket",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
}]


def create_ticket(text):
    return f"TICKET-1: {text}"


def handle(user_text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": user_text}],
        functions=FUNCTIONS,
        function_call={"name": "create_ticket"},
    )
    message = response["choices"][0]["message"]
    call = message.get("function_call")
    if call is None:
        return message["content"]
    args = json.loads(call.get("arguments", "{}"))
    print("calling", call["name"])
    return create_ticket(**args)


print(handle("my printer is on fire"))
