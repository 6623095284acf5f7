import openai

from .settings import *  # noqa: F401,F403


def make_title(conversation):
    prompt = "Give a short title for this conversation:\n" + conversation + "\nTitle:"
    response = openai.Completion.create(
        engine=COMPLETION_ENGINE,
        prompt=prompt,
        max_tokens=TITLE_MAX_TOKENS,
    )
    return response["choices"][0]["text"].strip()
