import os

import openai

from app.prompts import build_messages

openai.api_key = os.getenv("OPENAI_API_KEY")


def commit_message(diff):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=build_messages(diff),
    )
    text = response["choices"][0]["message"]["content"].strip()
    return text.splitlines()[0][:72]
