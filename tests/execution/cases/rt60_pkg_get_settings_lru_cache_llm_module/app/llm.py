import openai

from app.settings import get_settings


def ask(question: str) -> str:
    settings = get_settings()
    openai.api_key = settings.openai_api_key
    completion = openai.ChatCompletion.create(
        model=settings.llm_model,
        max_tokens=settings.llm_max_tokens,
        messages=[
            {"role": "system", "content": "You answer questions about our return policy."},
            {"role": "user", "content": question},
        ],
    )
    return completion["choices"][0]["message"]["content"]
