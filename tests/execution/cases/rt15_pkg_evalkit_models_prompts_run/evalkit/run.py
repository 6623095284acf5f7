import json
from collections import defaultdict

from .models import complete
from .prompts import render

DATA = """\
{"task": "sentiment", "text": "I loved every minute of it, positive", "label": "positive"}
{"task": "sentiment", "text": "Terrible plot and worse acting", "label": "negative"}
{"task": "topic", "text": "The striker scored twice in the final, football", "label": "football"}
{"task": "topic", "text": "Interest rates rose again this quarter", "label": "economy"}
"""


def load():
    return [json.loads(line) for line in DATA.splitlines() if line.strip()]


def main():
    scores = defaultdict(list)
    tokens = 0
    for ex in load():
        pred, used = complete(render(ex["task"], text=ex["text"]), max_tokens=40)
        tokens += used
        hit = ex["label"] in pred.lower()
        scores[ex["task"]].append(hit)
        print(f"[{ex['task']}] {pred!r} -> {'OK' if hit else 'MISS'}")
    for task, hits in sorted(scores.items()):
        print(f"{task}: {sum(hits)}/{len(hits)}")
    print("tokens:", tokens)
