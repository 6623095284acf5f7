import openai

from config import settings

openai.api_key = settings.openai_api_key


def reply(text):
    response = openai.ChatCompletion.create(
        model=settings.chat_model,
        messages=[{"role": "user", "content": text}],
        max_tokens=settings.max_tokens,
        temperature=settings.temperature,
    )
    return response["choices"][0]["message"]["content"]
