import openai

from config import get_settings


def answer(question, settings=None):
    settings = settings or get_settings()
    response = openai.ChatCompletion.create(
        model=settings.chat_model,
        messages=[
            {"role": "system", "content": settings.system_prompt},
            {"role": "user", "content": question},
        ],
        max_tokens=settings.max_tokens,
    )
    return response.choices[0].message.content
