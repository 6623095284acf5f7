"""Function calling on Azure: needs api-version 2023-07-01-preview (June 2023)."""
import json
import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = os.getenv("OPENAI_API_VERSION", "2023-07-01-preview")
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

FUNCTIONS = [
    {
        "name": "create_ticket",
        "description": "Open a support ticket",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string"}},
            "required": ["text"],
        },
    }
]


def triage(message):
    response = openai.ChatCompletion.create(
        engine="chat",
        messages=[{"role": "user", "content": message}],
        functions=FUNCTIONS,
        function_call={"name": "create_ticket"},
    )
    msg = response["choices"][0]["message"]
    if msg.get("function_call"):
        args = json.loads(msg["function_call"]["arguments"])
        return msg["function_call"]["name"], args["text"]
    return None, msg["content"]


if __name__ == "__main__":
    name, text = triage("My printer is on fire")
    print(name, "->", text)
