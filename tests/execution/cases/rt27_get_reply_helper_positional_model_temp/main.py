import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def get_reply(messages, model="gpt-3.5-turbo", temperature=0.7, max_tokens=256):
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return response["choices"][0]["message"]["content"]


def handle(text):
    if text.startswith("/precise "):
        history = [{"role": "system", "content": "Answer precisely."},
                   {"role": "user", "content": text[len("/precise "):]}]
        return get_reply(history, "gpt-4", 0)
    return get_reply([{"role": "user", "content": text}])


for text in ["how far is the moon", "/precise how far is the moon in km", "thanks"]:
    print(handle(text))
