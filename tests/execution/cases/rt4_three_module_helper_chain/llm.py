import openai

from config import CHAT_MODEL, TEMPERATURE


def raw_chat(messages, **overrides):
    params = {"model": CHAT_MODEL, "temperature": TEMPERATURE, "messages": messages}
    params.update(overrides)
    return openai.ChatCompletion.create(**params)
