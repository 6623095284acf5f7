import openai

from project.conf import settings


def reply_to(comment):
    openai.api_key = settings.OPENAI["API_KEY"]
    response = openai.ChatCompletion.create(
        model=settings.OPENAI["MODEL"],
        temperature=settings.OPENAI["TEMPERATURE"],
        max_tokens=settings.OPENAI["MAX_TOKENS"],
        messages=[{"role": "user", "content": f"Reply politely to this blog comment: {comment}"}],
    )
    return response["choices"][0]["message"]["content"]
