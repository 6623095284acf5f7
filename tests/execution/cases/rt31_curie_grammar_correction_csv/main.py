import csv
import io
import sys

import openai

INPUT = """id,sentence
1,She no went to the market.
2,Me and him goes to school every days.
3,This sentence are correct?
"""


def correct(sentence):
    response = openai.Completion.create(
        model="text-curie-001",
        prompt=f"Correct this to standard English:\n\n{sentence}",
        temperature=0,
        max_tokens=60,
        top_p=1,
        frequency_penalty=0,
        presence_penalty=0,
    )
    return response["choices"][0]["text"].strip()


reader = csv.DictReader(io.StringIO(INPUT))
writer = csv.writer(sys.stdout, lineterminator="\n")
writer.writerow(["id", "original", "corrected"])
for row in reader:
    writer.writerow([row["id"], row["sentence"], correct(row["sentence"]).replace("\n", " / ")])
