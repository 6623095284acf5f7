import openai

from constants import MAX_TOKENS
from env import OPENAI_MODEL
from tokens import context_length

context = {"OPENAI_MODEL": OPENAI_MODEL}


def reply(text: str):
    budget = context_length(context.get("OPENAI_MODEL")) - MAX_TOKENS
    response = openai.ChatCompletion.create(
        model=OPENAI_MODEL,
        messages=[{"role": "user", "content": text[:budget]}],
        max_tokens=MAX_TOKENS,
    )
    return response["choices"][0]["message"]["content"]


print(reply("Say hello to the channel"))
