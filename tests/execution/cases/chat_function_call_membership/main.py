import json

import openai

FUNCTIONS = [
    {
        "name": "create_reminder",
        "description": "Create a reminder",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string"}},
            "required": ["text"],
        },
    }
]


def run(prompt, force):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": prompt}],
        functions=FUNCTIONS,
        function_call={"name": "create_reminder"} if force else "auto",
    )
    message = response["choices"][0]["message"]
    if "function_call" in message:
        call = message["function_call"]
        args = json.loads(call["arguments"])
        return f"CALL {call['name']}({args['text']!r})"
    return f"TEXT {message['content']}"


if __name__ == "__main__":
    print(run("remind me to buy milk", force=True))
    print(run("what's up?", force=False))
