import json

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
    return {"status": "shipped", "query": text}


def dispatch(function_call):
    args = json.loads(function_call["arguments"])
    return {"lookup_order": lookup_order}[function_call["name"]](**args)
