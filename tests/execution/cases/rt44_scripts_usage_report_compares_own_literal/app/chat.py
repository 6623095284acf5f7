import openai

from app.config import CHAT_MODEL, MAX_REPLY_TOKENS


def reply(message):
    response = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": message}],
        max_tokens=MAX_REPLY_TOKENS,
    )
    usage = response["usage"]
    return response["choices"][0]["message"]["content"], usage["total_tokens"]
