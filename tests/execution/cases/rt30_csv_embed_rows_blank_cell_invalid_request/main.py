"""Embed every product description in a csv and write the vectors' summary out."""
import csv
import io
import math

import openai

PRODUCTS = """id,description
1,Red cotton t-shirt
2,
3,Stainless steel water bottle
"""


def embed(text):
    result = openai.Embedding.create(input=[text], model="text-embedding-ada-002")
    return result["data"][0]["embedding"], result["usage"]["total_tokens"]


out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["id", "dims", "norm", "tokens", "error"])
writer.writeheader()
for row in csv.DictReader(io.StringIO(PRODUCTS)):
    try:
        vector, tokens = embed(row["description"])
    except openai.error.InvalidRequestError as e:
        writer.writerow({"id": row["id"], "error": e.http_status})
        continue
    norm = math.sqrt(sum(x * x for x in vector))
    writer.writerow({"id": row["id"], "dims": len(vector), "norm": f"{norm:.3f}",
                     "tokens": tokens, "error": ""})

print(out.getvalue().strip())
