import csv
import os
import tempfile
from collections import Counter

import openai

SYSTEM_PROMPT = "You label movie reviews. Reply with exactly one word: positive or negative."
ROWS = [
    {"text": "A positive surprise, great acting", "label": "positive"},
    {"text": "Boring and far too long", "label": "negative"},
    {"text": "I would watch it again, positive vibes", "label": "positive"},
    {"text": "The plot made no sense, negative overall", "label": "negative"},
]


def label_of(reply):
    reply = reply.lower()
    for candidate in ("positive", "negative"):
        if candidate in reply:
            return candidate
    return "unknown"


def classify(text):
    out = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": text},
        ],
        temperature=0,
    )
    return label_of(out["choices"][0]["message"]["content"])


def main():
    path = os.path.join(tempfile.mkdtemp(), "reviews.csv")
    with open(path, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["text", "label"])
        writer.writeheader()
        writer.writerows(ROWS)

    confusion = Counter()
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            predicted = classify(row["text"])
            confusion[(row["label"], predicted)] += 1

    total = sum(confusion.values())
    correct = sum(v for (gold, pred), v in confusion.items() if gold == pred)
    print(f"accuracy {correct}/{total}")
    for (gold, pred), count in sorted(confusion.items()):
        print(f"  gold={gold:8s} pred={pred:8s} {count}")


if __name__ == "__main__":
    main()
