import os

import openai

USE_AZURE = os.getenv("USE_AZURE", "1") == "1"

if USE_AZURE:
    openai.api_type = "azure"
    openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
    openai.api_version = "2023-05-15"
    openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
    MODEL_KWARGS = {"engine": "chat"}
else:
    openai.api_key = os.environ["OPENAI_API_KEY"]
    MODEL_KWARGS = {"model": "gpt-3.5-turbo"}


def complete(messages):
    response = openai.ChatCompletion.create(messages=messages, **MODEL_KWARGS)
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print("backend:", "azure" if USE_AZURE else "openai")
    print(complete([{"role": "user", "content": "List two prime numbers"}]))
