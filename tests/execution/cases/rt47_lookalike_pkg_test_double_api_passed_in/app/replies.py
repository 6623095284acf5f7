import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY", "")

REPLY_MODEL = "gpt-3.5-turbo"


def make_reply(api, question, model=REPLY_MODEL):
    """`api` is the OpenAI module in production and a test double in the offline checks."""
    response = api.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        temperature=0,
        max_tokens=40,
    )
    return response["choices"][0]["message"]["content"], response["usage"]["total_tokens"]
