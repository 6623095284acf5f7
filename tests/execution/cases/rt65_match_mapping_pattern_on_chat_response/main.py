import json

import openai

WEATHER_FN = {
    "name": "get_weather",
    "description": "Look up the weather for a city",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}


def extract(response):
    match response:
        case {"choices": [{"message": {"function_call": {"name": name, "arguments": args}}}, *_]}:
            return f"call {name}({json.loads(args)['text']})"
        case {"choices": [{"message": {"content": str(content)}, "finish_reason": "stop"}, *_]}:
            return content.strip()
        case _:
            return "<no answer>"


def ask(question, force_function=False):
    extra = {"functions": [WEATHER_FN], "function_call": {"name": "get_weather"}} if force_function else {}
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": question}],
        **extra,
    )
    return extract(response)


if __name__ == "__main__":
    print(ask("Tell me a fun fact about otters"))
    print(ask("Weather in Oslo", force_function=True))
