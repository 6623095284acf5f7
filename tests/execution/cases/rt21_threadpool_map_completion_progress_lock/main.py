"""Summarize product reviews in parallel with a thread pool (text-davinci-003)."""
import threading
from concurrent.futures import ThreadPoolExecutor

import openai

REVIEWS = [
    "Battery lasts two days, screen is sharp, camera is average.",
    "Shipping took a month and the box was crushed.",
    "Great value for money, would buy again.",
    "The app crashes every time I open settings.",
    "Customer support answered within an hour.",
]

_lock = threading.Lock()
_done = 0


def summarize(review):
    global _done
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"Summarize this review in five words:\n\n{review}\n\nSummary:",
        max_tokens=20,
        temperature=0,
    )
    with _lock:
        _done += 1
        print(f"progress: {_done}/{len(REVIEWS)}")
    return response["choices"][0]["text"].strip()


def main():
    with ThreadPoolExecutor(max_workers=3) as pool:
        summaries = list(pool.map(summarize, REVIEWS))
    for i, (review, summary) in enumerate(zip(REVIEWS, summaries), 1):
        print(f"{i}. {summary}")


if __name__ == "__main__":
    main()
