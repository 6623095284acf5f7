import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

DEFAULT_MODEL = "gpt-3.5-turbo"
guild_models = {}


def model_for(guild_id):
    return guild_models.get(guild_id, DEFAULT_MODEL)


def complete(guild_id, messages, **extra):
    response = openai.ChatCompletion.create(
        model=model_for(guild_id),
        messages=messages,
        **extra,
    )
    return response.choices[0].message.content
