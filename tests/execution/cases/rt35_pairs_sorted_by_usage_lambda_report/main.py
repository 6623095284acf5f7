import openai

TASKS = [
    "Explain recursion to a five year old.",
    "Define entropy.",
    "Write a short limerick about a cat who learned to code in Python.",
]


def run(tasks):
    pairs = []
    for task in tasks:
        response = openai.Completion.create(
            model="text-davinci-003",
            prompt=task + "\n",
            max_tokens=64,
        )
        pairs.append((task, response))
    return pairs


results = run(TASKS)
ranked = sorted(results, key=lambda pair: pair[1]["usage"]["total_tokens"], reverse=True)
for task, response in ranked:
    print(f"{response['usage']['total_tokens']:>4}  {task}")
    print("      ", response["choices"][0]["text"].strip())
cheapest = min(results, key=lambda p: p[1].usage.total_tokens)
print("cheapest:", cheapest[0])
