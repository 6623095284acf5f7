import json

import openai

TOOLS = [{
    "name": "lookup_order",
    "description": "Look up an order by id",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}},
}]


def route(user_text, force_tool):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": user_text}],
        functions=TOOLS,
        function_call={"name": "lookup_order"} if force_tool else "none",
    )
    msg = response.choices[0].message
    if hasattr(msg, "function_call"):
        payload = json.loads(msg.function_call.arguments)
        return "tool:" + msg.function_call.name + ":" + payload["text"]
    return "reply:" + msg.content


if __name__ == "__main__":
    print(route("order 1234", True))
    print(route("hello there", False))
