import csv
import io
import sys
from concurrent.futures import ThreadPoolExecutor

import openai

REVIEWS = """id,text
1,The battery lasts all day and charges fast
2,Screen cracked after one week
3,Does what it says
"""

FIELDS = ["id", "sentiment", "prompt_tokens", "completion_tokens", "total_tokens"]


def score(row):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "Reply positive, negative or neutral."},
                  {"role": "user", "content": row["text"]}],
        temperature=0,
    )
    record = {"id": row["id"], "sentiment": response.choices[0].message.content}
    record.update(response["usage"])
    return record


rows = list(csv.DictReader(io.StringIO(REVIEWS)))
with ThreadPoolExecutor(max_workers=3) as pool:
    records = list(pool.map(score, rows))

writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS, lineterminator="\n")
writer.writeheader()
writer.writerows(records)
