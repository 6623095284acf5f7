import json
from dataclasses import dataclass

import openai


@dataclass
class Ticket:
    text: str
    priority: str = "normal"


TICKET_SCHEMA = {
    "name": "create_ticket",
    "description": "Create a support ticket from the user's complaint",
    "parameters": {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "priority": {"type": "string", "enum": ["low", "normal", "high"]},
        },
        "required": ["text"],
    },
}


def parse_ticket(complaint):
    completion = openai.ChatCompletion.create(
        model="gpt-4-0613",
        messages=[{"role": "user", "content": complaint}],
        functions=[TICKET_SCHEMA],
        function_call={"name": "create_ticket"},
    )
    call = completion.choices[0].message.function_call
    print("function:", call.name)
    return Ticket(**json.loads(call.arguments))


if __name__ == "__main__":
    tickets = [parse_ticket(c) for c in ["My printer is on fire", "Password reset please"]]
    for t in tickets:
        print(t)
