"""Summarize several articles in parallel threads."""
from concurrent.futures import ThreadPoolExecutor

import openai

ARTICLES = {
    "rates": "The central bank kept interest rates unchanged on Thursday.",
    "storm": "A storm closed schools across the northern region.",
    "match": "The home team won the final with a late goal.",
}


def summarize(item):
    name, text = item
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Summarize the article in five words."},
            {"role": "user", "content": text},
        ],
        max_tokens=8,
    )
    return name, completion.choices[0].message.content, completion.choices[0].finish_reason


def main():
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(summarize, sorted(ARTICLES.items())))
    for name, summary, finish in results:
        print(f"{name}: {summary} [{finish}]")


if __name__ == "__main__":
    main()
