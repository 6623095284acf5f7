import csv
import io

import openai

RAW = """id,text
1,How do I reset my password?
2,
3,Where can I download my invoice?
4,Can I change the email on my account?
"""

vectors = {}
skipped = []
for row in csv.DictReader(io.StringIO(RAW)):
    try:
        res = openai.Embedding.create(input=row["text"], model="text-embedding-ada-002")
    except openai.error.InvalidRequestError as e:
        skipped.append(row["id"])
        print(f"row {row['id']} skipped: invalid request")
        continue
    vectors[row["id"]] = res["data"][0]["embedding"]

print("embedded:", sorted(vectors), "dims:", {len(v) for v in vectors.values()})
print("skipped:", skipped)
