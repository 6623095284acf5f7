import json

import openai

FUNCTIONS = [{
    "name": "translate",
    "description": "Translate text to French",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
}]


def translate(text):
    return {"good morning": "bonjour"}.get(text, text)


def run(user_text):
    call = {"name": "", "arguments": ""}
    for chunk in openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": user_text}],
        functions=FUNCTIONS,
        function_call={"name": "translate"},
        stream=True,
    ):
        delta = chunk["choices"][0]["delta"]
        if delta.get("function_call"):
            for key in ("name", "arguments"):
                call[key] += delta["function_call"].get(key, "")
    args = json.loads(call["arguments"])
    print(call["name"], args)
    return translate(**args)


print(run("good morning"))
