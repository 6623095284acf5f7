import json

import openai

FUNCTIONS = [{
    "name": "book_table",
    "description": "Book a table at the restaurant",
    "parameters": {
        "type": "object",
        "properties": {"text": {"type": "string"}, "people": {"type": "integer"}},
    },
}]


def book_table(text="", people=2):
    return f"Booked for {people}: {text!r}"


def parse_arguments(message):
    try:
        return json.loads(message["function_call"]["arguments"])
    except (KeyError, json.JSONDecodeError):
        return {}


def handle(request_text):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": request_text}],
        functions=FUNCTIONS,
        function_call={"name": "book_table"},
    )
    message = completion["choices"][0]["message"]
    args = parse_arguments(message)
    print("finish:", completion["choices"][0]["finish_reason"])
    return book_table(text=args.get("text", ""), people=args.get("people", 2))


print(handle("a table for tonight at 8"))
