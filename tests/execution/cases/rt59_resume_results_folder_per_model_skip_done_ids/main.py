"""Resumable eval: answers go to results/<model>/answers.jsonl; ids already there are skipped."""
import json
from pathlib import Path

import openai

MODEL = "gpt-3.5-turbo"
OUT_DIR = Path("results") / MODEL
QUESTIONS = {
    "q1": "Capital of France?",
    "q2": "2 + 2?",
    "q3": "Largest planet?",
}


def done_ids(path):
    if not path.exists():
        return {}
    with path.open() as f:
        return {row["id"]: row["answer"] for row in map(json.loads, f)}


OUT_DIR.mkdir(parents=True, exist_ok=True)
out_file = OUT_DIR / "answers.jsonl"
answers = done_ids(out_file)
print(f"resuming with {len(answers)} answered")
with out_file.open("a") as f:
    for qid, question in QUESTIONS.items():
        if qid in answers:
            continue
        resp = openai.ChatCompletion.create(
            model=MODEL, messages=[{"role": "user", "content": question}], max_tokens=20
        )
        answers[qid] = resp["choices"][0]["message"]["content"]
        f.write(json.dumps({"id": qid, "answer": answers[qid]}) + "\n")
for qid in sorted(answers):
    print(qid, answers[qid])
