"""Order assistant on Azure OpenAI (functions need the 2023-07-01-preview api-version)."""
import json
import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
openai.api_version = "2023-07-01-preview"

DEPLOYMENT = "chat"

ORDERS = {"A-100": "shipped", "B-200": "packing"}

FUNCTIONS = [
    {
        "name": "lookup_order",
        "description": "Find the status of an order",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string", "description": "the customer's words"}},
            "required": ["text"],
        },
    }
]


def lookup_order(text):
    for order_id, status in ORDERS.items():
        if order_id in text:
            return {"order": order_id, "status": status}
    return {"order": None, "status": "unknown"}


def handle(question):
    messages = [
        {"role": "system", "content": "You help customers with their orders."},
        {"role": "user", "content": question},
    ]
    first = openai.ChatCompletion.create(
        deployment_id=DEPLOYMENT,
        messages=messages,
        functions=FUNCTIONS,
        function_call={"name": "lookup_order"},
        temperature=0,
    )
    message = first["choices"][0]["message"]
    call = message.get("function_call")
    if call is None:
        return message["content"], None
    args = json.loads(call["arguments"])
    result = lookup_order(args["text"])
    messages.append({"role": "assistant", "content": None,
                     "function_call": {"name": call["name"], "arguments": call["arguments"]}})
    messages.append({"role": "function", "name": call["name"], "content": json.dumps(result)})
    messages.append({"role": "user", "content": f"Status is {result['status']}."})
    second = openai.ChatCompletion.create(deployment_id=DEPLOYMENT, messages=messages,
                                          temperature=0)
    return second["choices"][0]["message"]["content"], first["choices"][0]["finish_reason"]


for q in ["Where is my order A-100?", "Has B-200 left yet?", "I lost my receipt"]:
    reply, finish = handle(q)
    print(f"{q!r} -> {reply} ({finish})")
