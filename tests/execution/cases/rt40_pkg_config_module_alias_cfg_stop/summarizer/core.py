import openai

from . import config as cfg


def tldr(text):
    response = openai.Completion.create(
        engine=cfg.ENGINE,
        prompt=cfg.TEMPLATE.format(text=text),
        max_tokens=cfg.MAX_TOKENS,
        stop=cfg.STOP,
    )
    choice = response["choices"][0]
    return choice["text"].strip(), choice["finish_reason"]
