from evalpipe.data import load_jsonl
from evalpipe.llm import chat
from evalpipe.metrics import accuracy, last_number

rows = load_jsonl("data/arith.jsonl")
preds = []
for row in rows:
    reply = chat(row["input"])
    preds.append(last_number(reply))
    print(f"{row['input']:<14} reply={reply!r} pred={preds[-1]}")
print("accuracy:", round(accuracy(preds, [r["target"] for r in rows]), 3))
