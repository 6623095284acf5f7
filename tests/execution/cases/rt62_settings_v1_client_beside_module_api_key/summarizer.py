import openai

import settings

openai.api_key = settings.OPENAI_API_KEY


def summarize(text):
    resp = openai.ChatCompletion.create(
        model=settings.CHAT_MODEL,
        messages=[
            {"role": "system", "content": "Summarize in one line."},
            {"role": "user", "content": text},
        ],
    )
    return resp["choices"][0]["message"]["content"].strip()
