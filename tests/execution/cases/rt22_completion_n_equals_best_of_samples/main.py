"""Sample k candidate program names (n == best_of, as in the Codex eval scripts)."""
import openai

K = 3
TASKS = ["a function that reverses a string", "a function that sums a list"]

for task in TASKS:
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Suggest a Python function name for {task}:",
        n=K,
        best_of=K,
        temperature=0.8,
        max_tokens=16,
    )
    names = [c["text"].strip() for c in resp["choices"]]
    print(task, "->", len(names), "candidates; unique:", len(set(names)))
    print("   first:", names[0])
