import openai

from kb.settings import SETTINGS


def answer(question, passages):
    context = "\n".join(passages)
    response = openai.ChatCompletion.create(
        model=SETTINGS.answer_model,
        messages=[
            {"role": "system", "content": f"Use this context:\n{context}"},
            {"role": "user", "content": question},
        ],
        max_tokens=SETTINGS.answer_max_tokens,
    )
    return response["choices"][0]["message"]["content"]
