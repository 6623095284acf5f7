"""pass@k for a toy code-generation set (Chen et al. 2021 estimator)."""
import math

import openai

PROBLEMS = [
    {"prompt": "def add(a, b):\n    return a + b", "check": "return a + b"},
    {"prompt": "def square(x):\n    # TODO", "check": "return x * x"},
]
N = 5


def pass_at_k(n, c, k):
    if n - c < k:
        return 1.0
    return 1.0 - math.prod((n - c - i) / (n - i) for i in range(k))


scores = {1: [], 3: []}
for problem in PROBLEMS:
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=problem["prompt"],
        n=N,
        temperature=0.8,
        max_tokens=64,
    )
    samples = [choice["text"] for choice in response["choices"]]
    correct = sum(problem["check"] in s for s in samples)
    print(f"{problem['prompt'].splitlines()[0]!r}: {correct}/{len(samples)} samples pass")
    for k in scores:
        scores[k].append(pass_at_k(N, correct, k))

for k, values in scores.items():
    print(f"pass@{k} = {sum(values) / len(values):.3f}")
