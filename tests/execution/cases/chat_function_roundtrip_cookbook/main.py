import json

import openai

MODEL = "gpt-3.5-turbo-0613"

FUNCTIONS = [
    {
        "name": "get_current_weather",
        "description": "Get the current weather in a given location",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string"}},
            "required": ["text"],
        },
    }
]


def get_current_weather(text):
    return json.dumps({"location": text, "temperature": "22", "unit": "celsius"})


def run_conversation(question):
    messages = [{"role": "user", "content": question}]
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=messages,
        functions=FUNCTIONS,
        function_call={"name": "get_current_weather"},
    )
    response_message = response["choices"][0]["message"]
    if response_message.get("function_call"):
        available = {"get_current_weather": get_current_weather}
        name = response_message["function_call"]["name"]
        args = json.loads(response_message["function_call"]["arguments"])
        result = available[name](**args)
        messages.append(response_message)
        messages.append({"role": "function", "name": name, "content": result})
        second = openai.ChatCompletion.create(model=MODEL, messages=messages)
        return second["choices"][0]["message"]["content"]
    return response_message["content"]


if __name__ == "__main__":
    print(run_conversation("Paris"))
