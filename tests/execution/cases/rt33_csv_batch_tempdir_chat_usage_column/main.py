"""Batch job: read reviews from a CSV, ask the model for a one-line reply, write a new CSV."""
import csv
import os
import tempfile
import time

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

REVIEWS = [
    ("r1", "The delivery was late but the product is great."),
    ("r2", "Terrible support, never again."),
    ("r3", "Does what it says."),
]

PROMPT = """You are a customer support agent.
Write a short, polite reply to this review:

"{review}"
"""


def reply_to(review):
    for attempt in range(3):
        try:
            res = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": PROMPT.format(review=review)}],
                temperature=0.4,
                max_tokens=150,
            )
            return res["choices"][0]["message"]["content"], res["usage"]["total_tokens"]
        except openai.error.RateLimitError:
            time.sleep(2 ** attempt)
    raise RuntimeError("rate limited")


with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "reviews.csv")
    dst = os.path.join(tmp, "replies.csv")
    with open(src, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "review"])
        w.writerows(REVIEWS)

    total = 0
    with open(src, newline="") as f_in, open(dst, "w", newline="") as f_out:
        reader = csv.DictReader(f_in)
        writer = csv.DictWriter(f_out, fieldnames=["id", "review", "reply", "tokens"])
        writer.writeheader()
        for row in reader:
            text, tokens = reply_to(row["review"])
            total += tokens
            writer.writerow({**row, "reply": text.replace("\n", " "), "tokens": tokens})
            print(f"processed {row['id']}")

    with open(dst, newline="") as f:
        for row in csv.DictReader(f):
            print(row["id"], row["tokens"], row["reply"][:70])
    print("total tokens:", total)
