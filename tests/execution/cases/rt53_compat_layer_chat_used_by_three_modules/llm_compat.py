"""One place that talks to OpenAI, so the rest of the app never imports the SDK.

TODO(2023-11): port to the new client once openai 1.0 settles.
"""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

DEFAULT_MODEL = "gpt-3.5-turbo"


def chat(messages, model=DEFAULT_MODEL, temperature=0.2):
    """Send messages, return the assistant's text."""
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=temperature,
    )
    return response["choices"][0]["message"]["content"].strip()


def ask(question, system="You are a helpful assistant."):
    return chat([{"role": "system", "content": system},
                 {"role": "user", "content": question}])
