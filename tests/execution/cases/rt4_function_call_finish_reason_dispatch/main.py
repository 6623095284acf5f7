import json

import openai

FUNCTIONS = [
    {
        "name": "get_weather",
        "description": "Get the weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string"}},
            "required": ["text"],
        },
    }
]


def get_weather(text):
    return {"city": text.split()[-1].strip("?"), "forecast": "sunny"}


def run(question):
    messages = [{"role": "user", "content": question}]
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=messages,
        functions=FUNCTIONS,
        function_call={"name": "get_weather"},
    )
    choice = response["choices"][0]
    if choice["finish_reason"] == "function_call":
        call = choice["message"]["function_call"]
        args = json.loads(call["arguments"])
        result = {"get_weather": get_weather}[call["name"]](**args)
        return f"{call['name']} -> {json.dumps(result, sort_keys=True)}"
    return choice["message"]["content"]


if __name__ == "__main__":
    print(run("What is the weather in Oslo?"))
