import openai

from tracker import TRACKER


def ask(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    TRACKER.record(response)
    return response["choices"][0]["message"]["content"]
