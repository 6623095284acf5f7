import argparse

from .models import REGISTRY
from .tasks import TASKS


def evaluate(model, examples):
    return sum(gold in model.generate(q) for q, gold in examples) / len(examples)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", nargs="+", default=["davinci", "turbo"], choices=sorted(REGISTRY))
    parser.add_argument("--tasks", nargs="+", default=sorted(TASKS))
    args = parser.parse_args(argv)
    for key in args.models:
        model = REGISTRY[key]
        for task in args.tasks:
            print(f"{key:8s} {task:10s} {evaluate(model, TASKS[task]):.2f}")
