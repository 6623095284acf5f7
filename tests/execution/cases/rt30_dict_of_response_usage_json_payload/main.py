import json

import openai


def answer(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    snapshot = dict(response)
    payload = {
        "answer": snapshot["choices"][0]["message"]["content"],
        "usage": snapshot["usage"],
    }
    return json.dumps(payload, sort_keys=True)


print(answer("Is water wet?"))
