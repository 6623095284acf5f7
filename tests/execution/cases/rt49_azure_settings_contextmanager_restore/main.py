"""Ask the same question on OpenAI and on the company's Azure deployment, to compare them."""
import contextlib
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]


@contextlib.contextmanager
def azure_openai():
    saved = (openai.api_type, openai.api_base, openai.api_version, openai.api_key)
    openai.api_type = "azure"
    openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
    openai.api_version = "2023-05-15"
    openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
    try:
        yield
    finally:
        openai.api_type, openai.api_base, openai.api_version, openai.api_key = saved


def ask_openai(question):
    r = openai.ChatCompletion.create(model="gpt-3.5-turbo",
                                     messages=[{"role": "user", "content": question}])
    return r.choices[0].message.content


def ask_azure(question):
    with azure_openai():
        r = openai.ChatCompletion.create(engine="chat",
                                         messages=[{"role": "user", "content": question}])
    return r.choices[0].message.content


for q in ["Name a prime number", "Name a colour"]:
    print("openai:", ask_openai(q))
    print("azure: ", ask_azure(q))
    print("openai again:", ask_openai(q + "?"))
