"""Grade short answers with gpt-3.5-turbo and total the token usage with a Counter."""
from collections import Counter

import openai

ITEMS = [
    ("2 + 2", "4"),
    ("the chemical symbol for gold", "Au"),
    ("the opposite of hot", "cold"),
]

usage_total = Counter()
correct = 0
for question, gold in ITEMS:
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"What is {question}? Reply with the answer only."}],
        max_tokens=10,
    )
    usage_total.update(response["usage"])
    answer = response["choices"][0]["message"]["content"]
    correct += gold.lower() in answer.lower()

print(f"accuracy {correct}/{len(ITEMS)}")
for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
    print(f"{key:>18}: {usage_total[key]}")
