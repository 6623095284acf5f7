import json

import openai

FUNCTIONS = [{
    "name": "get_population",
    "description": "Population of a country",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
}]
DATA = {"iceland": "about 380,000"}


def get_population(text):
    return DATA.get(text.lower(), "unknown")


def execute_function_call(message):
    if message["function_call"]["name"] == "get_population":
        arguments = json.loads(message["function_call"]["arguments"])
        return get_population(arguments["text"])
    return f"Error: function {message['function_call']['name']} does not exist"


def chat_completion_request(messages, function_call="auto"):
    return openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=messages,
        functions=FUNCTIONS,
        function_call=function_call,
    )


def pretty_print_conversation(messages):
    for m in messages:
        if m["role"] == "function":
            print(f"function ({m['name']}): {m['content']}")
        elif m["role"] == "assistant" and m.get("function_call"):
            print(f"assistant: {m['function_call']}")
        else:
            print(f"{m['role']}: {m['content']}")


messages = [{"role": "user", "content": "Iceland"}]
response = chat_completion_request(messages, function_call={"name": "get_population"})
assistant_message = response["choices"][0]["message"]
messages.append(assistant_message)
if assistant_message.get("function_call"):
    results = execute_function_call(assistant_message)
    messages.append({"role": "function", "name": assistant_message["function_call"]["name"], "content": results})
    response = chat_completion_request(messages, function_call="none")
    messages.append(response["choices"][0]["message"])
pretty_print_conversation(messages)
