import json

import openai

FUNCTIONS = [
    {
        "name": "create_ticket",
        "description": "Open a support ticket",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string"}},
            "required": ["text"],
        },
    }
]


def create_ticket(text):
    return {"ticket": 1001, "summary": text[:20]}


DISPATCH = {"create_ticket": create_ticket}


def handle(user_text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": user_text}],
        functions=FUNCTIONS,
        function_call={"name": "create_ticket"},
        temperature=0,
    )
    call = response.choices[0].message.function_call
    print("model requested:", json.dumps(call, indent=2, sort_keys=True))
    fn = DISPATCH[call.name]
    return fn(**json.loads(call.arguments))


if __name__ == "__main__":
    print(handle("my printer is on fire"))
