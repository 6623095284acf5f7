import openai

from askcli import settings


def ask(question, model=settings.DEFAULT_MODEL):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        max_tokens=settings.MAX_TOKENS,
    )
    return response["choices"][0]["message"]["content"]
