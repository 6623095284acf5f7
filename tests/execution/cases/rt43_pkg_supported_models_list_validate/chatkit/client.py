import openai

from chatkit.models import check_chat_model


def ask(question, model, max_tokens=None):
    check_chat_model(model)
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        max_tokens=max_tokens,
    )
    return response["choices"][0]["message"]["content"]
