import openai

from app.config import Settings


def ask(settings: Settings, question: str) -> str:
    response = openai.ChatCompletion.create(
        model=settings.model,
        messages=[
            {"role": "system", "content": settings.system_prompt},
            {"role": "user", "content": question},
        ],
        temperature=settings.temperature,
        max_tokens=settings.max_tokens,
    )
    return response["choices"][0]["message"]["content"].strip()
