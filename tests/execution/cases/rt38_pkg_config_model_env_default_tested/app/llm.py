import openai

from app import config


def ask(question):
    resp = openai.ChatCompletion.create(
        model=config.chat_model(),
        messages=[{"role": "user", "content": question}],
        temperature=config.temperature(),
    )
    return resp["choices"][0]["message"]["content"]
