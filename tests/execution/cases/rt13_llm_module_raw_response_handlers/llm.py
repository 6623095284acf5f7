import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

DEFAULT_MODEL = "gpt-3.5-turbo"


def complete(prompt, system="You are a concise assistant.", model=DEFAULT_MODEL):
    return openai.ChatCompletion.create(
        model=model,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": prompt},
        ],
    )
