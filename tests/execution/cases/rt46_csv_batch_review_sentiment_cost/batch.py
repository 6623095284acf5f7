"""Nightly job: classify new reviews and write reviews_labeled.csv (run by cron)."""
import csv
import logging
import os
import sys
import tempfile

import openai

log = logging.getLogger("batch")

PRICE_PER_1K_TOKENS = 0.002  # gpt-3.5-turbo, June 2023
PROMPT = ("Classify the sentiment of this product review as positive, negative or mixed. "
          "Review: {review}")


def classify(review):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": PROMPT.format(review=review)}],
        temperature=0,
        max_tokens=5,
    )
    label = resp.choices[0].message.content.strip().split()[-1].lower()
    return label, resp.usage.total_tokens


def run(in_path, out_dir):
    openai.api_key = os.environ["OPENAI_API_KEY"]
    total_tokens = 0
    out_path = os.path.join(out_dir, "reviews_labeled.csv")
    with open(in_path, newline="") as src, open(out_path, "w", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(dst, fieldnames=reader.fieldnames + ["label", "tokens"])
        writer.writeheader()
        for row in reader:
            label, tokens = classify(row["review"])
            total_tokens += tokens
            log.info("review %s -> %s (%d tokens)", row["id"], label, tokens)
            writer.writerow({**row, "label": label, "tokens": tokens})
    cost = total_tokens / 1000 * PRICE_PER_1K_TOKENS
    return out_path, total_tokens, cost


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    print(run(sys.argv[1], tempfile.mkdtemp()))
