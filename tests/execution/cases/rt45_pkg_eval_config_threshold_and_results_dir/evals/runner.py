import json
from pathlib import Path

import openai

CONFIG = json.loads((Path(__file__).resolve().parent / "eval_config.json").read_text())
DATASETS = {
    "qa_small": [
        ("Which planet is known as the red planet?", "mars"),
        ("What gas do plants absorb?", "carbon"),
        ("How many legs does a spider have?", "eight"),
    ],
}


def ask(question):
    response = openai.ChatCompletion.create(
        model=CONFIG["model"],
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


def run():
    examples = DATASETS[CONFIG["dataset"]]
    correct = 0
    for question, expected in examples:
        answer = ask(question)
        hit = expected in answer.lower()
        correct += hit
        print(f"  {'ok ' if hit else 'bad'} {answer}")
    accuracy = correct / len(examples)
    passed = accuracy >= CONFIG["pass_threshold"]["accuracy"]
    return accuracy, passed
