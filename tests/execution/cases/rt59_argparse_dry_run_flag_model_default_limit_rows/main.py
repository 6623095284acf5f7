#!/usr/bin/env python
"""Yes/no eval.  python main.py [--model M] [--limit N] [--dry-run]"""
import argparse
import csv
import time

import openai


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--model", default="text-davinci-003")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--dry-run", action="store_true", help="print prompts, do not call the API")
    p.add_argument("--sleep", type=float, default=0.0)
    return p.parse_args()


def make_prompt(question):
    return f"Answer yes or no.\nQ: {question}\nA:"


def ask(model, prompt):
    r = openai.Completion.create(model=model, prompt=prompt, max_tokens=20, temperature=0)
    text = r.choices[0].text.strip().lower()
    return "yes" if "yes" in text.split() else "no"


def main():
    args = parse_args()
    with open("questions.csv") as f:
        rows = list(csv.DictReader(f))[: args.limit]
    if args.dry_run:
        for row in rows:
            print(make_prompt(row["question"]))
        return
    score = 0
    for i, row in enumerate(rows, 1):
        pred = ask(args.model, make_prompt(row["question"]))
        score += pred == row["gold"]
        print(f"{i:02d} gold={row['gold']:<3} pred={pred}")
        time.sleep(args.sleep)
    print(f"accuracy={score / len(rows):.2f}")


if __name__ == "__main__":
    main()
