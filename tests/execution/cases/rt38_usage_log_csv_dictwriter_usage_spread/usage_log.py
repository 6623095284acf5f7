"""Append one CSV row per API call, so we can see where the tokens go."""
import csv
import os

FIELDS = ["task", "prompt_tokens", "completion_tokens", "total_tokens"]
PRICE_PER_1K = 0.002


class UsageLog:
    def __init__(self, path):
        self.path = path
        if not os.path.exists(path):
            with open(path, "w", newline="") as f:
                csv.DictWriter(f, fieldnames=FIELDS).writeheader()

    def record(self, task, usage):
        with open(self.path, "a", newline="") as f:
            csv.DictWriter(f, fieldnames=FIELDS).writerow({"task": task, **usage})

    def totals(self):
        with open(self.path, newline="") as f:
            rows = list(csv.DictReader(f))
        tokens = sum(int(r["total_tokens"]) for r in rows)
        return len(rows), tokens, round(tokens / 1000 * PRICE_PER_1K, 6)
