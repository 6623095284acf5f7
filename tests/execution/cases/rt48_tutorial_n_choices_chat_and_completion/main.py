import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

# Ask for two alternative answers in one request
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Suggest a name for a bakery"}],
    n=2,
    max_tokens=20,
)
print("number of choices:", len(response.choices))
for choice in response.choices:
    print(choice.index, choice["message"]["content"], choice.finish_reason)

# The same with the completions endpoint, three of them
response = openai.Completion.create(
    engine="text-davinci-003",
    prompt="Suggest a name for a flower shop",
    n=3,
    max_tokens=20,
)
print("number of choices:", len(response["choices"]))
for i, choice in enumerate(response["choices"]):
    print(i, choice["index"], choice["text"].strip(), choice["finish_reason"])
print("completion tokens:", response["usage"]["completion_tokens"])
