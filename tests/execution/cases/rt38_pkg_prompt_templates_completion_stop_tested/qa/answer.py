import openai

from qa.prompts import STOP, render


def answer(question):
    completion = openai.Completion.create(
        model="text-davinci-003",
        prompt=render(question),
        max_tokens=20,
        temperature=0,
        stop=STOP,
    )
    return completion.choices[0].text.strip()
