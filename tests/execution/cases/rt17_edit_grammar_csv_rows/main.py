import csv

import openai

INSTRUCTION = "Correct the spelling and grammar."

with open("reviews.csv", newline="") as f:
    rows = list(csv.DictReader(f))

out_rows = []
for row in rows:
    edit = openai.Edit.create(engine="text-davinci-edit-001", input=row["text"],
                              instruction=INSTRUCTION)
    out_rows.append({"id": row["id"], "fixed": edit.choices[0].text,
                     "tokens": edit["usage"]["total_tokens"]})

with open("reviews_fixed.csv", "w", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=["id", "fixed", "tokens"])
    writer.writeheader()
    writer.writerows(out_rows)

with open("reviews_fixed.csv") as f:
    print(f.read().strip())
