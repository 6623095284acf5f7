"""Compare answers: OpenAI (global settings) vs our Azure deployment (per-call settings)."""
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

AZURE_ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
AZURE_KEY = os.environ["AZURE_OPENAI_API_KEY"]


def ask_openai(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


def ask_azure(question):
    response = openai.ChatCompletion.create(
        engine="chat",
        messages=[{"role": "user", "content": question}],
        api_type="azure",
        api_base=AZURE_ENDPOINT,
        api_version="2023-05-15",
        api_key=AZURE_KEY,
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    q = "What is the capital of Peru?"
    print("openai:", ask_openai(q))
    print("azure: ", ask_azure(q))
