import json

import openai

openai_response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Say hello"}],
)
print(openai_response["choices"][0]["message"]["content"])

for sample in ["Name a fruit", "Name a color"]:
    openai_response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": sample}],
    )["choices"][0]["message"]
    if openai_response.get("function_call"):
        print(json.loads(openai_response["function_call"]["arguments"]))
    else:
        print(openai_response["content"])
