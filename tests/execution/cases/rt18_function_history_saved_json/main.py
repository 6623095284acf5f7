import json
import os
import tempfile

import openai

FUNCTIONS = [{
    "name": "lookup_contact",
    "description": "Find a contact's phone number",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
}]
PHONEBOOK = {"alice": "555-0100"}


def turn(history):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=history,
        functions=FUNCTIONS,
        function_call={"name": "lookup_contact"},
    )
    message = response["choices"][0]["message"]
    history.append(message)
    args = json.loads(message["function_call"]["arguments"])
    history.append({"role": "function", "name": "lookup_contact",
                    "content": PHONEBOOK.get(args["text"], "unknown")})
    final = openai.ChatCompletion.create(model="gpt-3.5-turbo-0613", messages=history)
    history.append(final["choices"][0]["message"])


history = [{"role": "user", "content": "alice"}]
turn(history)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "conversation.json")
    with open(path, "w") as f:
        json.dump(history, f, indent=2)
    with open(path) as f:
        saved = json.load(f)
for m in saved:
    print(m["role"], m.get("function_call", {}).get("name", "-"), m.get("content"))
