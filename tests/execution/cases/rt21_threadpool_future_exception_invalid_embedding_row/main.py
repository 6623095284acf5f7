"""Embed spreadsheet rows in a thread pool; rows the API rejects are reported and skipped."""
import csv
import io
from concurrent.futures import ThreadPoolExecutor, wait

import openai

SHEET = """sku,description
A1,Stainless steel water bottle
A2,
A3,Wireless noise cancelling headphones
A4,Organic green tea 100 bags
"""


def embed(text):
    response = openai.Embedding.create(model="text-embedding-ada-002", input=text)
    return response["data"][0]["embedding"]


def main():
    rows = list(csv.DictReader(io.StringIO(SHEET)))
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {row["sku"]: pool.submit(embed, row["description"]) for row in rows}
        wait(futures.values())
    embedded, skipped = {}, []
    for sku, future in futures.items():
        exc = future.exception()
        if exc is None:
            embedded[sku] = future.result()
        elif isinstance(exc, openai.error.InvalidRequestError):
            skipped.append(sku)
        else:
            raise exc
    for sku in sorted(embedded):
        print(sku, len(embedded[sku]), round(sum(embedded[sku]), 4))
    print("skipped:", ", ".join(skipped))


if __name__ == "__main__":
    main()
