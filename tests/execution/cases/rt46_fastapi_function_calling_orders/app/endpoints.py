import json
import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")
MODEL = "gpt-3.5-turbo-0613"

from app.tools import AVAILABLE, FUNCTIONS  # noqa: E402


def support_chat(payload: dict) -> dict:
    """POST /support  {"message": "...", "force_lookup": bool}"""
    messages = [
        {"role": "system", "content": "You are the support assistant of ShopCo."},
        {"role": "user", "content": payload["message"]},
    ]
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=messages,
        functions=FUNCTIONS,
        function_call={"name": "lookup_order"} if payload.get("force_lookup") else "auto",
        temperature=0,
    )
    message = response["choices"][0]["message"]
    calls = []
    if message.get("function_call"):
        name = message["function_call"]["name"]
        arguments = json.loads(message["function_call"]["arguments"])
        result = AVAILABLE[name](**arguments)
        calls.append({"name": name, "arguments": arguments, "result": result})
        messages.append(message)
        messages.append({"role": "function", "name": name, "content": json.dumps(result)})
        response = openai.ChatCompletion.create(model=MODEL, messages=messages, temperature=0)
        message = response["choices"][0]["message"]
    return {
        "reply": message["content"],
        "calls": calls,
        "finish_reason": response["choices"][0]["finish_reason"],
        "history_length": len(messages),
    }
