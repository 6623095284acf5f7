import csv
import math
import os
import tempfile

import openai

EMBED_MODEL = "text-embedding-ada-002"
ROWS = [
    ("I can't log into my account", "account"),
    ("Reset my password please", "account"),
    ("My card was charged twice", "billing"),
    ("Refund for last month's invoice", "billing"),
    ("The app crashes on startup", "bug"),
    ("Button does nothing when clicked", "bug"),
]


def write_csv(path):
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["text", "label"])
        writer.writerows(ROWS)


def read_csv(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


path = os.path.join(tempfile.mkdtemp(), "tickets.csv")
write_csv(path)
data = read_csv(path)
response = openai.Embedding.create(input=[r["text"] for r in data], model=EMBED_MODEL)
embeddings = [item["embedding"] for item in response["data"]]
print("tokens used:", response["usage"]["total_tokens"])

correct = 0
for i, row in enumerate(data):
    sims = [(cosine(embeddings[i], embeddings[j]), j) for j in range(len(data)) if j != i]
    best = max(sims)[1]
    pred = data[best]["label"]
    correct += pred == row["label"]
    print(f"{row['text'][:28]:28s} gold={row['label']:8s} nn={data[best]['text'][:20]!r}")
print(f"leave-one-out accuracy: {correct}/{len(data)}")
