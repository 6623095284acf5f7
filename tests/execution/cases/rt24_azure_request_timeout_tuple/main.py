import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

CONNECT_TIMEOUT, READ_TIMEOUT = 5, 30


def ask(question):
    try:
        response = openai.ChatCompletion.create(
            engine="chat",
            messages=[{"role": "user", "content": question}],
            request_timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
        )
    except openai.error.Timeout:
        return "timed out"
    return response["choices"][0]["message"]["content"]


print(ask("Which port does HTTPS use?"))
