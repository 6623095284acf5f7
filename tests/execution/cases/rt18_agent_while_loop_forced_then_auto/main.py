import json

import openai

MODEL = "gpt-3.5-turbo-0613"

FUNCTIONS = [
    {
        "name": "calculator",
        "description": "Evaluate a simple arithmetic expression",
        "parameters": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
    }
]


def calculator(text):
    allowed = set("0123456789+-*/ ().")
    expr = "".join(ch for ch in text if ch in allowed).strip()
    try:
        return str(eval(expr, {"__builtins__": {}}))
    except Exception as exc:
        return f"error: {type(exc).__name__}"


HANDLERS = {"calculator": calculator}


def agent(question, max_steps=4):
    messages = [
        {"role": "system", "content": "Use the calculator for arithmetic."},
        {"role": "user", "content": question},
    ]
    steps = 0
    while steps < max_steps:
        steps += 1
        kwargs = {"function_call": {"name": "calculator"}} if steps == 1 else {"function_call": "auto"}
        response = openai.ChatCompletion.create(
            model=MODEL, messages=messages, functions=FUNCTIONS, temperature=0, **kwargs
        )
        choice = response["choices"][0]
        if choice["finish_reason"] == "function_call":
            call = choice["message"]["function_call"]
            result = HANDLERS[call["name"]](**json.loads(call["arguments"]))
            print(f"step {steps}: {call['name']} -> {result}")
            messages.append({"role": "assistant", "content": None, "function_call": dict(call)})
            messages.append({"role": "function", "name": call["name"], "content": result})
        else:
            print(f"step {steps}: answer")
            return choice["message"]["content"]
    return None


print(agent("12 * (3 + 4)"))
