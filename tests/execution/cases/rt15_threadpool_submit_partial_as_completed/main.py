import argparse
import functools
from concurrent.futures import ThreadPoolExecutor, as_completed

import openai

REVIEWS = [
    "The battery lasts all day, great purchase.",
    "Stopped working after a week.",
    "Okay for the price, nothing special.",
    "Customer support never answered my emails.",
    "Exceeded my expectations in every way.",
]


def classify(text, model, temperature):
    resp = openai.ChatCompletion.create(
        model=model,
        messages=[
            {"role": "system", "content": "Label the review: positive, negative or neutral."},
            {"role": "user", "content": text},
        ],
        temperature=temperature,
        max_tokens=20,
    )
    return resp["choices"][0]["message"]["content"].strip(), resp["usage"]["total_tokens"]


def main():
    parser = argparse.ArgumentParser(description="parallel labelling")
    parser.add_argument("--model", default="gpt-3.5-turbo")
    parser.add_argument("--temperature", type=float, default=0.0)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    label = functools.partial(classify, model=args.model, temperature=args.temperature)
    results = [None] * len(REVIEWS)
    with ThreadPoolExecutor(max_workers=args.workers) as executor:
        futures = {executor.submit(label, text): i for i, text in enumerate(REVIEWS)}
        for future in as_completed(futures):
            results[futures[future]] = future.result()
    total = 0
    for text, (answer, used) in zip(REVIEWS, results):
        total += used
        print(f"{text[:30]:30s} | {answer}")
    print("total tokens:", total)


if __name__ == "__main__":
    main()
