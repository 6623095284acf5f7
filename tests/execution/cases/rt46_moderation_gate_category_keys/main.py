import os

import openai

from safety import check

openai.api_key = os.environ["OPENAI_API_KEY"]


def reply(user_text):
    allowed, reasons = check(user_text)
    if not allowed:
        return f"[blocked: {', '.join(reasons)}]"
    chat = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "system", "content": "You are a kind community moderator bot."},
                  {"role": "user", "content": user_text}],
    )
    text = chat.choices[0].message.content
    return text + (f" [note: {', '.join(reasons)}]" if reasons else "")


for message in ["How do I bake sourdough?", "I will kill the boss in this game",
                "you are stupid", "I hate mondays and I hate rain"]:
    print(repr(message), "->", reply(message))
