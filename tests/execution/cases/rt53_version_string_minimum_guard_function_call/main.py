"""Extract a calendar event with function calling (needs openai>=0.27)."""
import json
import sys

import openai

if openai.__version__ < "0.27.0":
    raise SystemExit("function calling needs openai>=0.27.0, found " + openai.__version__)

FUNCTIONS = [{
    "name": "add_event",
    "description": "Add an event to the calendar",
    "parameters": {"type": "object",
                   "properties": {"text": {"type": "string"}},
                   "required": ["text"]},
}]


def extract(sentence):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": sentence}],
        functions=FUNCTIONS,
        function_call={"name": "add_event"},
    )
    message = resp["choices"][0]["message"]
    call = message["function_call"]
    return call["name"], json.loads(call["arguments"])


if __name__ == "__main__":
    for s in sys.argv[1:] or ["Dentist on Friday at 3pm", "Team lunch next Tuesday"]:
        name, args = extract(s)
        print(name, args["text"])
