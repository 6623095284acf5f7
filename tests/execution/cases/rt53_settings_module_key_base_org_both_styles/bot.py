import openai

import settings


def answer(question):
    resp = openai.ChatCompletion.create(
        model=settings.CHAT_MODEL,
        messages=[{"role": "user", "content": question}],
    )
    return resp.choices[0].message.content
