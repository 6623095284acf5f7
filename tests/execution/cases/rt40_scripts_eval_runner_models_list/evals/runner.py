import openai

from .dataset import EXAMPLES
from .models import CANDIDATES, MAX_TOKENS


def ask(model, question):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        max_tokens=MAX_TOKENS,
        temperature=0,
    )
    return response["choices"][0]["message"]["content"]


def run_all():
    scores = []
    for model in CANDIDATES:
        correct = sum(ex["expected"] in ask(model, ex["question"]) for ex in EXAMPLES)
        scores.append(correct)
    return scores
