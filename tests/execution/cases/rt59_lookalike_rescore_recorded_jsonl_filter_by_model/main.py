"""Re-score recorded runs with a stricter matcher; groups by the model that produced them."""
import json
from collections import defaultdict
from pathlib import Path

MODEL_FILTER = {"text-davinci-003", "gpt-3.5-turbo-0301"}


class Completion:
    """One recorded completion (named after the API object it was copied from)."""

    def __init__(self, rec):
        self.model = rec["model"]
        self.text = rec["completion"].strip()
        self.gold = rec["gold"]

    @classmethod
    def create(cls, line):
        return cls(json.loads(line))


by_model = defaultdict(list)
for path in sorted(Path("runs").glob("*.jsonl")):
    for line in path.read_text().splitlines():
        c = Completion.create(line)
        if c.model in MODEL_FILTER:
            by_model[c.model].append(c.text == c.gold)

for model in sorted(by_model):
    res = by_model[model]
    tag = "chat" if model.startswith("gpt-3.5-turbo") else "completion"
    print(f"{model:<20} {tag:<10} {sum(res)}/{len(res)}")
