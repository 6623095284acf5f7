import openai

from . import settings

openai.api_key = settings.OPENAI_API_KEY


def chat(messages, max_tokens=None):
    return openai.ChatCompletion.create(
        model=settings.OPENAI_CHAT_MODEL,
        messages=messages,
        max_tokens=max_tokens or settings.MAX_REPLY_TOKENS,
    )
