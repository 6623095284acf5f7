import json
import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

FUNCTIONS = [
    {
        "name": "create_ticket",
        "description": "Open a helpdesk ticket",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string"}},
            "required": ["text"],
        },
    }
]


def plain(question):
    r = openai.ChatCompletion.create(engine="chat", messages=[{"role": "user", "content": question}])
    return r["choices"][0]["message"]["content"]


def to_ticket(message):
    r = openai.ChatCompletion.create(
        engine="chat",
        messages=[{"role": "user", "content": message}],
        functions=FUNCTIONS,
        function_call={"name": "create_ticket"},
        api_version="2023-07-01-preview",  # functions need the preview api-version
    )
    call = r["choices"][0]["message"]["function_call"]
    return call["name"], json.loads(call["arguments"])


print(plain("What are the helpdesk hours?"))
print(to_ticket("My monitor flickers"))
