import openai

MODEL = "gpt-3.5-turbo"


def answer(text):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": text}],
    )
    return response["choices"][0]["message"]["content"]
