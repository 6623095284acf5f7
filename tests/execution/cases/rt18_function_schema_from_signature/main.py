import inspect
import json

import openai


def get_stock_price(text: str) -> str:
    """Look up the stock price for a ticker symbol."""
    return f"{text.upper()}: 123.45"


def convert_currency(text: str) -> str:
    """Convert an amount of money between currencies."""
    return f"converted({text})"


TOOLS = {f.__name__: f for f in (get_stock_price, convert_currency)}


def describe(func):
    props = {name: {"type": "string"} for name in inspect.signature(func).parameters}
    return {
        "name": func.__name__,
        "description": func.__doc__.strip(),
        "parameters": {"type": "object", "properties": props, "required": list(props)},
    }


def pick_tool(question):
    return "convert_currency" if "convert" in question else "get_stock_price"


def answer(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": question}],
        functions=[describe(f) for f in TOOLS.values()],
        function_call={"name": pick_tool(question)},
        temperature=0,
    )
    call = response.choices[0].message.function_call
    args = json.loads(call.arguments)
    return TOOLS[call.name](**args)


print(answer("aapl"))
print(answer("convert 10 usd to eur"))
