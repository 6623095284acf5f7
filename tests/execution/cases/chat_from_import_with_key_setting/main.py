import os

import openai
from openai import ChatCompletion, Completion

openai.api_key = os.environ["OPENAI_API_KEY"]
openai.organization = None

SYSTEM = "You are a helpful assistant."


def chat(question):
    response = ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
        temperature=0,
    )
    return response["choices"][0]["message"]["content"]


def complete(prefix):
    response = Completion.create(model="text-davinci-003", prompt=prefix, max_tokens=16)
    return response["choices"][0]["text"].strip()


if __name__ == "__main__":
    print(chat("What is the capital of Peru?"))
    print(complete("Lima is"))
