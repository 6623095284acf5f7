import ast
import json

import openai

NOTE_FN = {
    "name": "create_note",
    "description": "Create a note from the user's text",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}},
                   "required": ["text"]},
}


def parse_arguments(raw):
    """gpt-3.5 sometimes returns arguments with raw newlines or single quotes."""
    try:
        return json.loads(raw, strict=False)
    except json.JSONDecodeError:
        return ast.literal_eval(raw)


def make_note(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": text}],
        functions=[NOTE_FN],
        function_call={"name": NOTE_FN["name"]},
    )
    function_call = response.choices[0].message.function_call
    return parse_arguments(function_call.arguments)


print(make_note("buy milk\nand eggs"))
print(parse_arguments("{'text': 'single quoted'}"))
