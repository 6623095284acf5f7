import json
import os
import tempfile
from dataclasses import asdict, dataclass

import openai


@dataclass
class Record:
    prompt: str
    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str


def run_prompt(prompt):
    r = openai.Completion.create(model="text-davinci-003", prompt=prompt, max_tokens=6)
    return Record(
        prompt=prompt,
        text=r.choices[0].text,
        prompt_tokens=r.usage.prompt_tokens,
        completion_tokens=r.usage.completion_tokens,
        finish_reason=r.choices[0].finish_reason,
    )


PROMPTS = ["List two colours", "Describe the weather in Paris in late autumn in detail"]
log_path = os.path.join(tempfile.mkdtemp(), "runs.jsonl")
records = [run_prompt(p) for p in PROMPTS]
with open(log_path, "w") as f:
    for rec in records:
        f.write(json.dumps(asdict(rec)) + "\n")
with open(log_path) as f:
    for line in f:
        print(line.strip())
print("prompt tokens:", sum(r.prompt_tokens for r in records))
print("completion tokens:", sum(r.completion_tokens for r in records))
