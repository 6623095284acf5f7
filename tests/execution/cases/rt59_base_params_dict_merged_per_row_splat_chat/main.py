import csv
import io

import openai

BASE_PARAMS = {
    "model": "gpt-3.5-turbo",
    "temperature": 0,
    "max_tokens": 12,
}

CSV_DATA = """id,sentence
s1,The product arrived late and broken
s2,Customer service solved it in minutes
s3,Meh
"""


def classify(sentence):
    params = dict(BASE_PARAMS, messages=[
        {"role": "system", "content": "Reply with the sentence's tone."},
        {"role": "user", "content": sentence},
    ])
    resp = openai.ChatCompletion.create(**params)
    return resp.choices[0].message.content, resp.choices[0].finish_reason


out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["id", "reply", "finish"])
for row in csv.DictReader(io.StringIO(CSV_DATA)):
    reply, finish = classify(row["sentence"])
    writer.writerow([row["id"], reply, finish])
print(out.getvalue(), end="")
