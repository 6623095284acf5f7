import json

import openai

FUNCTIONS = [
    {
        "name": "add_todo",
        "description": "Add an item to the todo list",
        "parameters": {"type": "object", "properties": {"item": {"type": "string"}}, "required": ["item"]},
    },
    {
        "name": "list_todos",
        "description": "List the todo items",
        "parameters": {"type": "object", "properties": {}},
    },
]

TODOS = []


def add_todo(item):
    TODOS.append(item)
    return f"added {item}"


def list_todos():
    return ", ".join(TODOS) or "nothing to do"


DISPATCH = {"add_todo": add_todo, "list_todos": list_todos}


def handle(user_text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[
            {"role": "system", "content": "You manage a todo list."},
            {"role": "user", "content": user_text},
        ],
        functions=FUNCTIONS,
        function_call="auto",
        temperature=0,
    )
    message = response["choices"][0]["message"]
    if message.get("function_call"):
        name = message["function_call"]["name"]
        args = json.loads(message["function_call"]["arguments"] or "{}")
        return "[tool] " + DISPATCH[name](**args)
    return message["content"]


for text in ["hi, who are you?", "what can you do"]:
    print(handle(text))
print(TODOS)
