import json

import openai

ROWS = [
    {"id": "a1", "review": "Great battery, terrible screen."},
    {"id": "a2", "review": "Works as advertised."},
    {"id": "a3", "review": "Arrived broken, refund requested."},
]


def read_rows():
    for row in ROWS:
        yield row


def call_model(rows):
    for row in rows:
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": "Summarize the review: " + row["review"]}],
            max_tokens=30,
        )
        yield row, response


def to_records(pairs):
    for row, response in pairs:
        choice = response["choices"][0]
        yield {
            "id": row["id"],
            "summary": choice["message"]["content"],
            "finish": choice["finish_reason"],
            "tokens": response["usage"]["total_tokens"],
        }


total = 0
for record in to_records(call_model(read_rows())):
    total += record["tokens"]
    print(json.dumps(record, sort_keys=True))
print("total tokens:", total)
