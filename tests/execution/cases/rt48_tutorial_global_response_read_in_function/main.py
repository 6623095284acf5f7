import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def show_result():
    # reads the module-level `response` of the cell below
    print("Text:", response["choices"][0]["text"].strip())
    print("Finish:", response["choices"][0]["finish_reason"])
    print("Tokens:", response["usage"]["total_tokens"])


response = openai.Completion.create(
    model="text-davinci-003",
    prompt="Write a haiku about autumn leaves.",
    max_tokens=64,
)
show_result()
