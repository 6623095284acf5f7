import openai

from app import settings

openai.api_key = settings.OPENAI_API_KEY


def complete(prompt, **overrides):
    params = {
        "model": settings.CHAT_MODEL,
        "messages": [{"role": "user", "content": prompt}],
        "request_timeout": settings.REQUEST_TIMEOUT,
    }
    params.update(overrides)
    response = openai.ChatCompletion.create(**params)
    return response["choices"][0]["message"]["content"]
