"""Zero-shot classification of support messages with embeddings (no training data)."""
import collections
import math

import openai

MODEL = "text-similarity-ada-001"

LABELS = {
    "billing": "A message about invoices, payments, refunds or prices.",
    "bug": "A message reporting that the software crashes or does not work.",
    "feature": "A message asking for a new feature or an improvement.",
}

MESSAGES = [
    ("A message about invoices, payments, refunds or prices.", "billing"),
    ("The app crashes every time I open settings", "bug"),
    ("A message asking for a new feature or an improvement.", "feature"),
    ("A message reporting that the software crashes or does not work.", "bug"),
    ("Why was I charged twice this month?", "billing"),
]


def embeddings_for(texts, batch_size=2):
    out = []
    for i in range(0, len(texts), batch_size):
        resp = openai.Embedding.create(model=MODEL, input=texts[i:i + batch_size])
        out += [d["embedding"] for d in resp["data"]]
    return out


def cos_sim(a, b):
    num = sum(x * y for x, y in zip(a, b))
    return num / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


label_names = list(LABELS)
label_vecs = embeddings_for([LABELS[n] for n in label_names], batch_size=len(label_names))
msg_vecs = embeddings_for([text for text, _ in MESSAGES])

predicted = []
for (text, gold), vec in zip(MESSAGES, msg_vecs):
    scores = [cos_sim(vec, lv) for lv in label_vecs]
    label = label_names[scores.index(max(scores))]
    predicted.append(label)
    print(f"{label:8s} (gold {gold:8s}) {text[:40]}")

counts = collections.Counter(predicted)
print("counts:", dict(sorted(counts.items())))
correct = sum(p == g for p, (_, g) in zip(predicted, MESSAGES))
print(f"accuracy: {correct}/{len(MESSAGES)}")
