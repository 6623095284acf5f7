import json

import openai

FUNCTIONS = [{
    "name": "lookup_order",
    "description": "Find an order by its number",
    "parameters": {
        "type": "object",
        "properties": {"text": {"type": "string"}},
        "required": ["text"],
    },
}]

ORDERS = {"order 42": {"status": "shipped", "eta": "Friday"}}


def lookup_order(text):
    return ORDERS.get(text, {"status": "unknown"})


def run_agent(question, max_steps=3):
    messages = [
        {"role": "system", "content": "You are a support bot."},
        {"role": "user", "content": question},
    ]
    for step in range(max_steps):
        function_call = {"name": "lookup_order"} if step == 0 else "none"
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo-0613",
            messages=messages,
            functions=FUNCTIONS,
            function_call=function_call,
        )
        choice = response["choices"][0]
        message = choice["message"]
        print(f"step {step}: finish_reason={choice['finish_reason']}")
        if choice["finish_reason"] == "function_call":
            args = json.loads(message["function_call"]["arguments"])
            result = lookup_order(**args)
            messages.append(message)
            messages.append({
                "role": "function",
                "name": message["function_call"]["name"],
                "content": json.dumps(result),
            })
            continue
        return message["content"]
    return "gave up"


if __name__ == "__main__":
    print(run_agent("order 42"))
