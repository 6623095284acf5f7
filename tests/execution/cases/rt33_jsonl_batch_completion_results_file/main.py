"""Run a JSONL file of prompts through text-davinci-003 and write results.jsonl."""
import json
import os
import tempfile
from pathlib import Path

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

ENGINE = "text-davinci-003"

tasks = [
    {"id": 1, "prompt": "Write a tagline for a coffee shop:", "max_tokens": 8},
    {"id": 2, "prompt": "List three uses of a paperclip:\n1.", "max_tokens": 40},
    {"id": 3, "prompt": "Q: What is 2 + 2?\nA:", "max_tokens": 5, "stop": ["\n"]},
]

workdir = Path(tempfile.mkdtemp(prefix="batch_"))
inp = workdir / "tasks.jsonl"
out = workdir / "results.jsonl"
inp.write_text("".join(json.dumps(t) + "\n" for t in tasks))

with inp.open() as fin, out.open("w") as fout:
    for line in fin:
        task = json.loads(line)
        kwargs = {"max_tokens": task["max_tokens"]}
        if "stop" in task:
            kwargs["stop"] = task["stop"]
        response = openai.Completion.create(
            engine=ENGINE,
            prompt=task["prompt"],
            temperature=0,
            **kwargs,
        )
        choice = response["choices"][0]
        record = {
            "id": task["id"],
            "completion": choice["text"].strip(),
            "finish_reason": choice["finish_reason"],
            "tokens": response["usage"]["completion_tokens"],
        }
        fout.write(json.dumps(record) + "\n")

for line in out.read_text().splitlines():
    r = json.loads(line)
    print(f"#{r['id']} [{r['finish_reason']}, {r['tokens']} tok] {r['completion']!r}")

for p in (inp, out):
    p.unlink()
workdir.rmdir()
