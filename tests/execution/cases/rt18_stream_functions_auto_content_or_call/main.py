import json

import openai

FUNCTIONS = [{
    "name": "set_alarm",
    "description": "Set an alarm",
    "parameters": {"type": "object", "properties": {"time": {"type": "string"}}},
}]


def respond(text):
    call = {"name": "", "arguments": ""}
    content = []
    for chunk in openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": text}],
        functions=FUNCTIONS,
        function_call="auto",
        stream=True,
    ):
        delta = chunk["choices"][0]["delta"]
        if delta.get("function_call"):
            for key in ("name", "arguments"):
                call[key] += delta["function_call"].get(key, "")
        elif delta.get("content"):
            content.append(delta["content"])
    if call["name"]:
        return "CALL " + call["name"] + " " + json.dumps(json.loads(call["arguments"]))
    return "TEXT " + "".join(content)


print(respond("good morning"))
