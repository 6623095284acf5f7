import json

import openai

FUNCTIONS = [{
    "name": "search_docs",
    "description": "Search the documentation",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
}]

DOCS = {"install": "pip install ourtool", "upgrade": "pip install -U ourtool"}


def search_docs(text):
    hits = [v for k, v in DOCS.items() if k in text]
    return "\n".join(hits) or "no match"


def ask(question):
    messages = [{"role": "user", "content": question}]
    name = ""
    arguments = ""
    for chunk in openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=messages,
        functions=FUNCTIONS,
        function_call={"name": "search_docs"},
        stream=True,
    ):
        delta = chunk.choices[0].delta
        if "function_call" in delta:
            if "name" in delta.function_call:
                name += delta.function_call.name
            if "arguments" in delta.function_call:
                arguments += delta.function_call.arguments
    print("function:", name, arguments)
    result = globals()[name](**json.loads(arguments))
    messages.append({"role": "assistant", "content": None,
                     "function_call": {"name": name, "arguments": arguments}})
    messages.append({"role": "function", "name": name, "content": result})
    for chunk in openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=messages,
        functions=FUNCTIONS,
        stream=True,
    ):
        print(chunk.choices[0].delta.get("content", ""), end="")
    print()


ask("how do I install it")
