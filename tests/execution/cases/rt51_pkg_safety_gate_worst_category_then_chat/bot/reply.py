import openai

from .safety import BLOCK_MESSAGE, screen

SYSTEM = "You are a friendly assistant for a hardware store."


def answer(question):
    allowed, worst, score = screen(question)
    if not allowed:
        return f"{BLOCK_MESSAGE} [{worst} {score:.2f}]"
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": SYSTEM},
                  {"role": "user", "content": question}],
    )
    return completion.choices[0].message["content"]
