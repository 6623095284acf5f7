import openai

DEFAULT_MODEL = "gpt-4"


def ask(question, model=DEFAULT_MODEL):
    response = openai.ChatCompletion.create(
        model=model, messages=[{"role": "user", "content": question}]
    )
    return response["choices"][0]["message"]["content"]
