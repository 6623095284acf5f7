import json

import openai

FUNCTIONS = [
    {
        "name": "lookup_order",
        "description": "Find an order by its text",
        "parameters": {"type": "object", "properties": {"text": {"type": "string"}}},
    }
]


def main():
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": "Where is order 1234?"}],
        functions=FUNCTIONS,
        function_call={"name": "lookup_order"},
    )
    message = resp["choices"][0]["message"]
    call = message["function_call"]
    print(call["name"])
    print(json.loads(call["arguments"])["text"])


if __name__ == "__main__":
    main()
