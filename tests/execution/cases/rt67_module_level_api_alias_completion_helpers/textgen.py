import os

import openai

# One name to swap for a stub when testing offline.
api = openai
api.api_key = os.environ.get("OPENAI_API_KEY")

DEFAULT_ENGINE = "text-davinci-003"


def complete(prompt, engine=DEFAULT_ENGINE, max_tokens=32):
    response = api.Completion.create(
        engine=engine,
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=0,
    )
    choice = response["choices"][0]
    return choice["text"].strip(), choice["finish_reason"]


def headline(article):
    text, _ = complete(f"Write a headline for this article:\n\n{article}\n\nHeadline:", max_tokens=16)
    return text
