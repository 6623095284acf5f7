import csv
import os
import tempfile

from costs import replay
from costs.report import cost_by_model

ROWS = [
    ("gpt-3.5-turbo", 1200, 300),
    ("gpt-4", 800, 200),
    ("gpt-3.5-turbo", 500, 500),
    ("text-embedding-ada-002", 9000, 0),
]

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "usage.csv")
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["model", "prompt_tokens", "completion_tokens"])
        writer.writerows(ROWS)
    totals = cost_by_model(path)

print("models:", len(totals))
print("total: $%.4f" % sum(totals.values()))
for model in ("gpt-3.5-turbo", "gpt-4"):
    answer = replay.ChatCompletion.create(model=model, messages=[{"role": "user", "content": "hello"}])
    print(answer["choices"][0]["message"]["content"])
