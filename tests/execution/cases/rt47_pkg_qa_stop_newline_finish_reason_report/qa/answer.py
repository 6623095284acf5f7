import openai

from .prompts import FEW_SHOT

ENGINE = "text-davinci-003"


def answer(question, hint, max_tokens=8):
    response = openai.Completion.create(
        engine=ENGINE,
        prompt=FEW_SHOT.format(question=question, hint=hint),
        max_tokens=max_tokens,
        temperature=0,
        stop=["\n"],
    )
    choice = response["choices"][0]
    return choice["text"].strip(), choice["finish_reason"]
