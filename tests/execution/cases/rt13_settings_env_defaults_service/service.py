import openai

import settings

openai.api_key = settings.OPENAI_API_KEY


def support_reply(ticket_text):
    response = openai.ChatCompletion.create(
        model=settings.CHAT_MODEL,
        messages=[
            {"role": "system", "content": settings.SYSTEM_PROMPT},
            {"role": "user", "content": ticket_text},
        ],
        temperature=settings.TEMPERATURE,
        max_tokens=settings.MAX_TOKENS,
        request_timeout=settings.REQUEST_TIMEOUT,
    )
    return {
        "reply": response.choices[0].message.content,
        "usage": dict(response.usage),
    }
