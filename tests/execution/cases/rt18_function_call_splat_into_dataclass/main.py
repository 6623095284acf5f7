import json
from dataclasses import dataclass

import openai

FUNCTIONS = [{
    "name": "schedule_meeting",
    "description": "Schedule a meeting",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
}]


@dataclass
class FunctionCall:
    name: str
    arguments: str

    def parsed(self):
        return json.loads(self.arguments)


def plan(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": text}],
        functions=FUNCTIONS,
        function_call={"name": "schedule_meeting"},
    )
    message = response["choices"][0]["message"]
    return FunctionCall(**message["function_call"])


call = plan("lunch with Sam on Tuesday")
print(call)
print(call.parsed()["text"])
