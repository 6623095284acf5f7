import openai

from .settings import *  # noqa: F401,F403


def reply(user_message):
    response = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": user_message},
        ],
        temperature=TEMPERATURE,
        max_tokens=MAX_REPLY_TOKENS,
    )
    return response["choices"][0]["message"]["content"]
