import argparse
import itertools
from concurrent.futures import ThreadPoolExecutor

import openai


def summarize(text, model):
    resp = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": "TL;DR: " + text}],
        max_tokens=12,
    )
    return resp["choices"][0]["message"]["content"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="gpt-3.5-turbo")
    parser.add_argument("--jobs", type=int, default=3)
    args = parser.parse_args()
    docs = [
        "Photosynthesis converts light energy into chemical energy in plants.",
        "The French Revolution began in 1789 and reshaped European politics.",
        "Neural networks are trained with gradient descent and backpropagation.",
    ]
    with ThreadPoolExecutor(args.jobs) as pool:
        summaries = list(pool.map(summarize, docs, itertools.repeat(args.model)))
    for s in summaries:
        print(s)


if __name__ == "__main__":
    main()
