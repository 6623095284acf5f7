import re
from collections import Counter

import openai

PROBLEMS = [
    ("What is 12 plus 30? The answer is 42", "42"),
    ("What is 7 times 6? Reply with a number like 40", "42"),
    ("How many legs does a spider have? 8", "8"),
]
N_SAMPLES = 5


def sample_answers(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[
            {"role": "system", "content": "Solve the problem. End with the final number."},
            {"role": "user", "content": question},
        ],
        n=N_SAMPLES,
        temperature=0.8,
    )
    found = []
    for choice in response["choices"]:
        numbers = re.findall(r"\d+", choice["message"]["content"])
        if numbers:
            found.append(numbers[-1])
    return found


correct = 0
for question, gold in PROBLEMS:
    answers = sample_answers(question)
    vote, count = Counter(answers).most_common(1)[0]
    correct += vote == gold
    print(f"{vote:>4} ({count}/{N_SAMPLES}) gold={gold} {'ok' if vote == gold else 'wrong'}")
print(f"self-consistency accuracy: {correct / len(PROBLEMS):.3f}")
