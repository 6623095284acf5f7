import openai

from app.settings import get_settings


def summarize(text):
    settings = get_settings()
    response = openai.ChatCompletion.create(
        model=settings.chat_model,
        messages=[
            {"role": "system", "content": "Summarize the user's text in one sentence."},
            {"role": "user", "content": text},
        ],
        max_tokens=settings.summary_max_tokens,
        temperature=settings.summary_temperature,
    )
    return response["choices"][0]["message"]["content"]
