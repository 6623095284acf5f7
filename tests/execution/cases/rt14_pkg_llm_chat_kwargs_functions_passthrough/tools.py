import json

FUNCTIONS = [
    {
        "name": "get_stock_price",
        "description": "Latest price of a ticker",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string"}},
            "required": ["text"],
        },
    }
]


def get_stock_price(text):
    return {"ticker": text.split()[-1].upper(), "price": 123.4}


def call(function_call):
    fn = {"get_stock_price": get_stock_price}[function_call["name"]]
    return json.dumps(fn(**json.loads(function_call["arguments"])))
