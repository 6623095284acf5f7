import json

import openai

CONTACT_SCHEMA = {
    "name": "save_contact",
    "description": "Save a contact extracted from free text",
    "parameters": {
        "type": "object",
        "properties": {"text": {"type": "string"}},
        "required": ["text"],
    },
}


def extract_endpoint(body):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": body["text"]}],
        functions=[CONTACT_SCHEMA],
        function_call={"name": "save_contact"},
    )
    message = response["choices"][0]["message"]
    if message.get("function_call"):
        args = json.loads(message["function_call"]["arguments"])
        return 200, {"function": message["function_call"]["name"], "args": args,
                     "finish_reason": response["choices"][0]["finish_reason"]}
    return 422, {"error": "no function call", "content": message["content"]}


if __name__ == "__main__":
    print(*extract_endpoint({"text": "John Smith, john@example.com, +1 555 0100"}))
