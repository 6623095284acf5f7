"""Stream a reply from Azure OpenAI; when a function is forced, rebuild its call from the deltas."""
import json
import os
import sys

import openai

openai.api_type = "azure"
openai.api_base = os.getenv("AZURE_OPENAI_ENDPOINT")
openai.api_key = os.getenv("AZURE_OPENAI_API_KEY")
openai.api_version = "2023-08-01-preview"

EXTRACT = {
    "name": "extract_city",
    "description": "Pull the city out of the text",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}},
}


def stream(question, force_function=False):
    kwargs = {}
    if force_function:
        kwargs = {"functions": [EXTRACT], "function_call": {"name": "extract_city"}}
    response = openai.ChatCompletion.create(
        engine="chat",
        messages=[{"role": "user", "content": question}],
        stream=True,
        **kwargs,
    )
    text, name, arguments, finish = "", None, "", None
    for chunk in response:
        if not chunk["choices"]:
            continue  # Azure's content-filter results arrive in a chunk without choices
        choice = chunk["choices"][0]
        delta = choice["delta"]
        call = delta.get("function_call")
        if call:
            if call.get("name"):
                name = call["name"]
            arguments += call.get("arguments", "")
        elif delta.get("content"):
            text += delta["content"]
            sys.stdout.write(".")
        if choice.get("finish_reason"):
            finish = choice["finish_reason"]
    print()
    if name:
        return f"call {name}({json.loads(arguments)}) finish={finish}"
    return f"text {text!r} finish={finish}"


print(stream("Tell me about Lisbon in three words"))
print(stream("I am flying to Oslo tomorrow", force_function=True))
