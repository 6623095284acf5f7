"""Generate candidate headlines; best_of comes from the command line."""
import argparse

import openai


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--model", default="text-davinci-003")
    p.add_argument("--best-of", type=int, default=4)
    p.add_argument("--temperature", type=float, default=0.9)
    p.add_argument("--max-tokens", type=int, default=24)
    return p.parse_args(argv)


ARTICLES = [
    "City opens three new bike lanes downtown after a year of planning.",
    "Scientists teach a robot arm to fold laundry in under a minute.",
]


def main(args):
    for article in ARTICLES:
        resp = openai.Completion.create(
            model=args.model,
            prompt=f"Article: {article}\nCatchy headline:",
            best_of=args.best_of,
            temperature=args.temperature,
            max_tokens=args.max_tokens,
        )
        print(resp.choices[0].text.strip())


if __name__ == "__main__":
    main(parse_args([]))
