import json

import openai

MODEL = "gpt-3.5-turbo-0613"

FUNCTIONS = [
    {
        "name": "lookup_order",
        "description": "Look up the shipping status of an order",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string", "description": "the customer's question"}},
            "required": ["text"],
        },
    }
]


def lookup_order(text):
    order_id = [w for w in text.replace("?", "").split() if any(ch.isdigit() for ch in w)]
    return {"order": order_id[0] if order_id else None, "status": "shipped"}


def run(question):
    messages = [
        {"role": "system", "content": "You are a support bot for an online shop."},
        {"role": "user", "content": question},
    ]
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=messages,
        functions=FUNCTIONS,
        function_call={"name": "lookup_order"},
    )
    message = response.choices[0].message
    messages.append(message)
    args = json.loads(message.function_call.arguments)
    result = lookup_order(**args)
    messages.append({"role": "function", "name": message.function_call.name,
                     "content": json.dumps(result)})
    final = openai.ChatCompletion.create(model=MODEL, messages=messages)
    messages.append(final.choices[0].message)
    return messages


def show(transcript):
    for m in transcript:
        if m.get("function_call"):
            call = m["function_call"]
            print(f"{m['role']:>9} -> {call['name']}({call['arguments']})")
        else:
            print(f"{m['role']:>9} : {m['content']}")


show(run("where is my order ab12cd34?"))
