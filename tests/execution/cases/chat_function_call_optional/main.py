import json

import openai

FUNCTIONS = [{"name": "get_weather", "description": "Weather of a city",
              "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}]


def ask(question, force=False):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": question}],
        functions=FUNCTIONS,
        function_call={"name": "get_weather"} if force else "none",
    )
    return response["choices"][0]["message"]


def main():
    message = ask("Weather in Paris?", force=True)
    if message.get("function_call"):
        args = json.loads(message["function_call"]["arguments"])
        print("call:", message["function_call"]["name"], sorted(args))
    plain = ask("Say hello")
    print("text:", plain.get("function_call") is None, bool(plain["content"]))


if __name__ == "__main__":
    main()
