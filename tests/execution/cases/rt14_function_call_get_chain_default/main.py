import json

import openai

FUNCTIONS = [{"name": "book_table", "description": "Book a restaurant table",
              "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}]


def book_table(text):
    return f"booked: {text}"


def step(text, force):
    kwargs = dict(model="gpt-3.5-turbo-0613",
                  messages=[{"role": "user", "content": text}],
                  functions=FUNCTIONS)
    if force:
        kwargs["function_call"] = {"name": "book_table"}
    response = openai.ChatCompletion.create(**kwargs)
    message = response["choices"][0]["message"]
    name = message.get("function_call", {}).get("name")
    if name:
        args = json.loads(message.get("function_call", {}).get("arguments", "{}"))
        return {"book_table": book_table}[name](**args)
    return message.get("content") or ""


print(step("table for two at 8", True))
print(step("thanks!", False))
