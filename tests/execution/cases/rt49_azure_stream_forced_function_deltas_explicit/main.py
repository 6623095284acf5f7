"""Extract a city from a message with a streamed, forced function call on Azure OpenAI."""
import json
import os

import openai

openai.api_type = "azure"
openai.api_base = os.getenv("AZURE_OPENAI_ENDPOINT")
openai.api_key = os.getenv("AZURE_OPENAI_API_KEY")
openai.api_version = "2023-07-01-preview"

EXTRACT = {
    "name": "extract_city",
    "description": "Pull the city out of the text",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}},
}


def extract(message):
    response = openai.ChatCompletion.create(
        engine="gpt4",
        messages=[{"role": "user", "content": message}],
        functions=[EXTRACT],
        function_call={"name": "extract_city"},
        temperature=0,
        stream=True,
    )
    name, arguments, chunks = None, "", 0
    for chunk in response:
        chunks += 1
        if len(chunk["choices"]) == 0:
            continue
        delta = chunk["choices"][0]["delta"]
        if "function_call" in delta:
            call = delta["function_call"]
            if "name" in call:
                name = call["name"]
            if "arguments" in call:
                arguments += call["arguments"]
    return name, json.loads(arguments or "{}"), chunks


for text in ["Flying to Oslo tomorrow", "Back home in Porto on Friday"]:
    print(extract(text))
