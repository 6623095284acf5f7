import openai


def ask(question, system="You are a helpful assistant.", model="gpt-3.5-turbo"):
    messages = [
        {"role": "system", "content": system},
        {"role": "user", "content": question},
    ]
    response = openai.ChatCompletion.create(model=model, messages=messages)
    return response["choices"][0]["message"]["content"]
