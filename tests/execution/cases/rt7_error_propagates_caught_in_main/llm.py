import openai


def ask(question, model="gpt-3.5-turbo"):
    resp = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
    )
    return resp["choices"][0]["message"]["content"]
