import csv
import os
import tempfile

import openai

workdir = tempfile.mkdtemp()
source = os.path.join(workdir, "tickets.csv")
target = os.path.join(workdir, "tickets_labelled.csv")

with open(source, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["ticket", "text"])
    w.writerow(["T1", "My invoice shows the wrong amount"])
    w.writerow(["T2", "The app crashes when I open settings on my new phone every time"])
    w.writerow(["T3", "How do I change my password"])

SYSTEM = "Classify the ticket as billing, bug or account. Answer with one word."

with open(source, newline="") as fin, open(target, "w", newline="") as fout:
    reader = csv.DictReader(fin)
    writer = csv.writer(fout)
    writer.writerow(["ticket", "label", "finish", "tokens"])
    for row in reader:
        completion = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "system", "content": SYSTEM},
                      {"role": "user", "content": row["text"]}],
            temperature=0,
            max_tokens=8,
        )
        choice = completion.choices[0]
        writer.writerow([row["ticket"], choice.message.content.strip(), choice.finish_reason,
                         completion.usage["total_tokens"]])

total = 0
with open(target, newline="") as f:
    for row in csv.DictReader(f):
        print(row["ticket"], row["label"], row["finish"], row["tokens"])
        total += int(row["tokens"])
print("total tokens:", total)
