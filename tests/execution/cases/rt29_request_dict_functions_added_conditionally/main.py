import json

import openai

SEARCH_SPEC = {
    "name": "search_docs",
    "description": "Search the product documentation",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}},
                   "required": ["text"]},
}


def search_docs(text):
    return [f"doc about {w}" for w in text.split()[:2]]


def chat_step(messages, use_tools):
    request = {
        "model": "gpt-3.5-turbo-0613",
        "messages": messages,
        "temperature": 0,
        "max_tokens": 300,
    }
    if use_tools:
        request["functions"] = [SEARCH_SPEC]
        request["function_call"] = {"name": "search_docs"}
    return openai.ChatCompletion.create(**request)["choices"][0]["message"]


messages = [{"role": "user", "content": "billing export"}]
first = chat_step(messages, use_tools=True)
found = search_docs(**json.loads(first["function_call"]["arguments"]))
messages += [first, {"role": "function", "name": "search_docs", "content": json.dumps(found)}]
second = chat_step(messages, use_tools=False)
print(found)
print(second["content"])
