from typing import List, NamedTuple

import openai


class Answer(NamedTuple):
    text: str
    finish_reason: str
    tokens: int


def ask(question: str, model: str = "gpt-3.5-turbo") -> Answer:
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        max_tokens=50,
    )
    choice = response["choices"][0]
    return Answer(
        text=choice["message"]["content"],
        finish_reason=choice["finish_reason"],
        tokens=response["usage"]["total_tokens"],
    )


def ask_all(questions: List[str]) -> List[Answer]:
    return [ask(q) for q in questions]


for answer in ask_all(["What is 2+2?", "Name a planet"]):
    print(answer)
print(sum(a.tokens for a in ask_all(["ping"])))
