import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

MODEL = "gpt-3.5-turbo"
PRETTY_NAMES = {"gpt-3.5-turbo": "ChatGPT", "gpt-4": "GPT-4"}


def chat(prompt):
    response = openai.ChatCompletion.create(model=MODEL, messages=[{"role": "user", "content": prompt}])
    return response["choices"][0]["message"]["content"]


print(f"Talking to {PRETTY_NAMES[MODEL]}")
print(chat("Hello there"))
