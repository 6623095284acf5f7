import openai

from docqa.constants import DEFAULT_MODEL
from docqa.limits import clip


def answer(question, document, model=DEFAULT_MODEL):
    context = clip(document, model, reserve=len(question.split()) + 10)
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": f"{context}\n\nQ: {question}"}],
    )
    return response["choices"][0]["message"]["content"]
