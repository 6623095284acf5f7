"""Zero-shot ticket triage over a CSV export. Writes predictions next to the data."""
import csv
import os
import time

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

MODEL = "gpt-3.5-turbo"
LABELS = ["billing", "bug", "question", "feature"]
SYSTEM = "You are a support ticket classifier. Reply with one of: " + ", ".join(LABELS) + "."


def classify(text):
    resp = openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Ticket: {text}\nLabel:"},
        ],
        temperature=0,
        max_tokens=10,
    )
    answer = resp["choices"][0]["message"]["content"].lower()
    for label in LABELS:
        if label in answer:
            return label
    return "unknown"


def main():
    with open("data/tickets.csv", newline="") as f:
        rows = list(csv.DictReader(f))

    out_path = os.path.join("data", f"predictions_{MODEL.replace('.', '_')}.csv")
    correct = 0
    with open(out_path, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "label", "pred"])
        writer.writeheader()
        for row in rows:
            pred = classify(row["text"])
            correct += pred == row["label"]
            writer.writerow({"id": row["id"], "label": row["label"], "pred": pred})
            time.sleep(0.05)  # stay under the rate limit

    with open(out_path, newline="") as f:
        for rec in csv.DictReader(f):
            print(rec["id"], rec["label"], rec["pred"])
    print(f"accuracy {correct}/{len(rows)}")


if __name__ == "__main__":
    main()
