import openai

from settings import CHAT_DEPLOYMENT


def summarize(text):
    response = openai.ChatCompletion.create(
        engine=CHAT_DEPLOYMENT,
        messages=[
            {"role": "system", "content": "Summarize in one sentence."},
            {"role": "user", "content": text},
        ],
        temperature=0,
    )
    return response["choices"][0]["message"]["content"]
