import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def summarize(text, api=openai, model="gpt-3.5-turbo", max_tokens=30):
    """`api` is the openai module; tests pass a fake with the same shape."""
    response = api.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": f"Summarize in one line: {text}"}],
        max_tokens=max_tokens,
    )
    return response["choices"][0]["message"]["content"]
