"""Kaggle-style: label a small test.csv with gpt-3.5-turbo and write submission.csv."""
import csv
import io
import os
import tempfile

import openai

TEST_CSV = """id,text
101,The new phone battery lasts two full days.
102,The parcel arrived broken and support never answered.
103,It is a phone.
"""
LABELS = ["positive", "negative", "neutral"]


def predict(text):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        temperature=0,
        messages=[
            {"role": "system", "content": "Answer with one word: " + ", ".join(LABELS) + "."},
            {"role": "user", "content": text},
        ],
    )
    answer = completion.choices[0].message["content"].lower()
    for label in LABELS:
        if label in answer:
            return label
    return "neutral"


rows = list(csv.DictReader(io.StringIO(TEST_CSV)))
out_dir = tempfile.mkdtemp()
path = os.path.join(out_dir, "submission.csv")
with open(path, "w", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(["id", "label"])
    for row in rows:
        writer.writerow([row["id"], predict(row["text"])])

with open(path) as f:
    print(f.read().strip())
print("rows:", len(rows))
