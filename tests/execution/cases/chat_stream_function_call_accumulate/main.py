"""Stream a forced function call and put its name and arguments together from the deltas."""
import json

import openai

FUNCTIONS = [{
    "name": "create_reminder",
    "description": "Create a reminder from the user's words",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}},
}]


def stream_call(text):
    name, arguments = "", ""
    for chunk in openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": text}],
        functions=FUNCTIONS,
        function_call={"name": "create_reminder"},
        stream=True,
    ):
        delta = chunk["choices"][0]["delta"]
        if delta.get("function_call"):
            name += delta["function_call"].get("name", "")
            arguments += delta["function_call"].get("arguments", "")
    return name, json.loads(arguments)


if __name__ == "__main__":
    print(stream_call("remind me to water the plants at 6"))
