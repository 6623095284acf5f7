"""Run an eval, write one JSON line per example, then summarize the file."""
import json
import os
import tempfile
from collections import Counter

import openai

MODEL = "gpt-3.5-turbo"
EXAMPLES = [
    {"id": "ex1", "input": "Translate to French: cheese", "target": "fromage"},
    {"id": "ex2", "input": "Translate to French: the cat sleeps on the warm sofa all afternoon long", "target": "le chat"},
    {"id": "ex3", "input": "Translate to French: water", "target": "eau"},
]


def run(example):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": example["input"]}],
        max_tokens=8,
        temperature=0,
    )
    choice = response.choices[0]
    return {
        "id": example["id"],
        "output": choice.message.content,
        "finish_reason": choice.finish_reason,
        "prompt_tokens": response.usage.prompt_tokens,
        "completion_tokens": response.usage.completion_tokens,
        "correct": example["target"] in choice.message.content.lower(),
    }


path = os.path.join(tempfile.mkdtemp(), "results.jsonl")
with open(path, "w") as f:
    for example in EXAMPLES:
        f.write(json.dumps(run(example)) + "\n")

with open(path) as f:
    records = [json.loads(line) for line in f]
finish = Counter(r["finish_reason"] for r in records)
print("finish reasons:", dict(sorted(finish.items())))
print("accuracy:", sum(r["correct"] for r in records) / len(records))
print("completion tokens:", sum(r["completion_tokens"] for r in records))
for r in records:
    print(json.dumps(r, sort_keys=True))
