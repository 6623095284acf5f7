"""All OpenAI calls of the app live here."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

CHAT_MODEL = "gpt-3.5-turbo"


def ask(question, history=None):
    messages = list(history or []) + [{"role": "user", "content": question}]
    response = openai.ChatCompletion.create(model=CHAT_MODEL, messages=messages)
    return response["choices"][0]["message"]["content"]


def embed(text):
    response = openai.Embedding.create(model="text-embedding-ada-002", input=text)
    return response["data"][0]["embedding"]
