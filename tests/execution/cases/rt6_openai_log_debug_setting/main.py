import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
openai.log = "debug"  # print request/response logs while developing


def complete(prompt):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=32,
    )
    return response["choices"][0]["text"].strip()


print(complete("Write a haiku about the sea"))
