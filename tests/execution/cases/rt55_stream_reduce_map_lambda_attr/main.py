import functools
import operator

import openai


def stream_text(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    tokens = map(lambda c: c.choices[0].delta.get("content", ""), response)
    return functools.reduce(operator.add, tokens, "")


answer = stream_text("List three prime numbers")
print(answer)
print(len(answer.split()))
