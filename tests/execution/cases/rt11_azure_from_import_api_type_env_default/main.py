import os

import openai
from openai import ChatCompletion

openai.api_type = os.getenv("OPENAI_API_TYPE", "azure")
openai.api_base = os.getenv("AZURE_OPENAI_ENDPOINT")
openai.api_version = os.getenv("OPENAI_API_VERSION", "2023-05-15")
openai.api_key = os.getenv("AZURE_OPENAI_API_KEY")


def reply(question):
    completion = ChatCompletion.create(
        engine="chat",
        messages=[{"role": "user", "content": question}],
        temperature=0.2,
    )
    return completion.choices[0].message.content


print(reply("What does HTTP 418 mean?"))
