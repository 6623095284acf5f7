import csv
import sys

import openai

MODEL = "text-davinci-003"
TASKS = [
    "Write a haiku about autumn leaves falling softly on a quiet pond at dusk.",
    "Give a one-line definition of photosynthesis.",
    "Name the largest planet.",
]

writer = csv.DictWriter(
    sys.stdout,
    fieldnames=["task", "output", "finish_reason", "prompt_tokens", "completion_tokens"],
    lineterminator="\n",
)
writer.writeheader()
for task in TASKS:
    resp = openai.Completion.create(model=MODEL, prompt=task, max_tokens=12, temperature=0)
    choice = resp.choices[0]
    writer.writerow({
        "task": task[:24],
        "output": choice.text.strip(),
        "finish_reason": choice.finish_reason,
        "prompt_tokens": resp.usage.prompt_tokens,
        "completion_tokens": resp.usage.completion_tokens,
    })
