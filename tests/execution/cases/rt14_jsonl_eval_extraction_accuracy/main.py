import json
import os
import tempfile

import openai

EXAMPLES = [
    {"text": "Meet me at 5pm", "expected": "echo: Meet me at 5pm"},
    {"text": "Lunch on Tuesday", "expected": "Tuesday"},
]


def write_dataset(path):
    with open(path, "w") as f:
        for ex in EXAMPLES:
            f.write(json.dumps(ex) + "\n")


def predict(text):
    completion = openai.ChatCompletion.create(
        model="gpt-4-0613",
        messages=[{"role": "system", "content": "Return the time expression only."},
                  {"role": "user", "content": text}],
        temperature=0,
        max_tokens=16,
    )
    return completion["choices"][0]["message"]["content"].strip()


def evaluate(path):
    rows = []
    with open(path) as f:
        for line in f:
            ex = json.loads(line)
            pred = predict(ex["text"])
            rows.append({**ex, "pred": pred, "ok": pred == ex["expected"]})
    return rows


path = os.path.join(tempfile.mkdtemp(), "eval.jsonl")
write_dataset(path)
rows = evaluate(path)
for row in rows:
    print(json.dumps(row))
print(f"accuracy: {sum(r['ok'] for r in rows) / len(rows):.2f}")
