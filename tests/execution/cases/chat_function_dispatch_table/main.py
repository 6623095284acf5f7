"""Function calling with a dispatch table: the model picks a function, we run it, it answers."""
import json

import openai

FUNCTIONS = [
    {
        "name": "lookup_order",
        "description": "Look up an order by its text description",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string"}},
            "required": ["text"],
        },
    }
]


def lookup_order(text):
    return {"order": text.upper(), "status": "shipped"}


AVAILABLE = {"lookup_order": lookup_order}


def run(question):
    messages = [{"role": "user", "content": question}]
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=messages,
        functions=FUNCTIONS,
        function_call={"name": "lookup_order"},
    )
    message = response["choices"][0]["message"]
    if message.get("function_call"):
        name = message["function_call"]["name"]
        args = json.loads(message["function_call"]["arguments"])
        result = AVAILABLE[name](**args)
        print("called", name, "with", args, "->", result)
        messages.append(message)
        messages.append({"role": "function", "name": name, "content": json.dumps(result)})
        second = openai.ChatCompletion.create(model="gpt-3.5-turbo-0613", messages=messages)
        return second["choices"][0]["message"]["content"]
    return message["content"]


if __name__ == "__main__":
    print(run("where is my blue teapot order"))
