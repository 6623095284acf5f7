import openai

from app.errors import advice


def ask(question, model="gpt-3.5-turbo"):
    try:
        response = openai.ChatCompletion.create(
            model=model, messages=[{"role": "user", "content": question}]
        )
    except openai.error.OpenAIError as exc:
        return "error: " + advice(exc)
    return response["choices"][0]["message"]["content"]
