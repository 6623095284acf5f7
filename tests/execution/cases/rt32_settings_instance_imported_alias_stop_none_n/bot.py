import openai

from config import settings as cfg


def reply(history):
    response = openai.ChatCompletion.create(
        model=cfg.chat_model,
        messages=history,
        n=cfg.n,
        stop=cfg.stop,
        max_tokens=cfg.max_tokens,
    )
    return response.choices[0].message.content
