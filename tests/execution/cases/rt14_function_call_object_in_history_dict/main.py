import json

import openai

MODEL = "gpt-3.5-turbo-0613"


def get_current_weather(location, unit="celsius"):
    """Pretend weather service used in the hackathon demo."""
    table = {"Paris": 18, "Oslo": 4}
    temp = table.get(location.split(",")[0].strip(), 21)
    return {"location": location, "temperature": temp, "unit": unit, "forecast": ["sunny"]}


functions = [
    {
        "name": "get_current_weather",
        "description": "Get the current weather in a given location",
        "parameters": {
            "type": "object",
            "properties": {
                "location": {"type": "string", "description": "The city, e.g. Paris"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["location"],
        },
    }
]


def run_conversation(question):
    messages = [{"role": "user", "content": question}]
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=messages,
        functions=functions,
        function_call={"name": "get_current_weather"},
    )
    response_message = response["choices"][0]["message"]
    fc = response_message["function_call"]
    args = json.loads(fc["arguments"])
    # the model answers {"text": ...}; our function wants a location
    result = get_current_weather(location=args.get("location", args.get("text", "")))
    # rebuild the assistant turn by hand, as the docs' example did
    messages.append({"role": "assistant", "content": None, "function_call": fc})
    messages.append({"role": "function", "name": fc["name"], "content": json.dumps(result)})
    second = openai.ChatCompletion.create(model=MODEL, messages=messages)
    return second["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(run_conversation("Paris"))
