import glob
import json

BASELINE = "gpt-3.5-turbo-0613"  # the model the labels were first produced with


def load(pattern):
    rows = []
    for path in sorted(glob.glob(pattern)):
        with open(path) as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    return sorted(rows, key=lambda r: r["item"])


def tokens_by_model(rows):
    totals = {}
    for row in rows:
        totals[row["model"]] = totals.get(row["model"], 0) + row["usage"]["total_tokens"]
    return totals
