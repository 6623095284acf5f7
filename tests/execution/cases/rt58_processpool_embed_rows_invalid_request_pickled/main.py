"""Embed catalogue rows in worker processes; rows the API rejects are reported, not fatal."""
from concurrent.futures import ProcessPoolExecutor

import openai

ROWS = ["wireless mouse", "", "mechanical keyboard", "usb-c hub"]


def embed(text):
    response = openai.Embedding.create(model="text-embedding-ada-002", input=text)
    vector = response["data"][0]["embedding"]
    return len(vector), round(sum(vector[:8]), 4)


def main():
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(embed, row) for row in ROWS]
        for row, future in zip(ROWS, futures):
            try:
                size, head = future.result()
            except openai.error.InvalidRequestError as exc:
                print(f"{row!r}: rejected (HTTP {exc.http_status})")
            else:
                print(f"{row!r}: {size} dims, head sum {head}")


if __name__ == "__main__":
    main()
