import json

import openai

FUNCTIONS = [{
    "name": "extract_city",
    "description": "Extract the city mentioned by the user",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
}]


def extract(sentence):
    name = ""
    arguments = ""
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": sentence}],
        functions=FUNCTIONS,
        function_call={"name": "extract_city"},
        temperature=0,
        stream=True,
    )
    for chunk in response:
        delta = chunk["choices"][0]["delta"]
        name += delta.get("function_call", {}).get("name", "")
        arguments += delta.get("function_call", {}).get("arguments", "")
    return name, json.loads(arguments)


print(extract("I flew to Lisbon last week"))
