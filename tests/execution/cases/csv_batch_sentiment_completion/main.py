"""Classify the sentiment of every review in a CSV file and write the labels next to them."""
import csv
import os
import sys

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

PROMPT = "Classify the sentiment of this review as positive, negative or neutral.\n\nReview: {review}\nSentiment:"


def classify(review):
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=PROMPT.format(review=review),
        temperature=0,
        max_tokens=60,
        top_p=1,
        frequency_penalty=0,
        presence_penalty=0,
    )
    return response.choices[0].text.strip()


def main(path="reviews.csv", out="labelled.csv"):
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["sentiment"] = classify(row["review"])
    with open(out, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "review", "sentiment"])
        writer.writeheader()
        writer.writerows(rows)
    with open(out) as handle:
        sys.stdout.write(handle.read())


if __name__ == "__main__":
    main()
