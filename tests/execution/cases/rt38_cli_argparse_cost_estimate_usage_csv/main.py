import argparse
import csv
import os
import tempfile

import openai

from costs import estimate_cost


def run(args, log_path):
    with open(log_path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["question", "prompt_tokens", "completion_tokens", "cost"])
        for q in args.questions:
            r = openai.ChatCompletion.create(model=args.model, messages=[{"role": "user", "content": q}])
            usage = r["usage"]
            cost = estimate_cost(args.model, usage["prompt_tokens"], usage["completion_tokens"])
            writer.writerow([q, usage["prompt_tokens"], usage["completion_tokens"], f"{cost:.6f}"])
            print(r["choices"][0]["message"]["content"])


def report(log_path):
    with open(log_path, newline="") as f:
        rows = list(csv.DictReader(f))
    total = sum(float(r["cost"]) for r in rows)
    print(f"{len(rows)} questions, total ${total:.6f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="gpt-3.5-turbo")
    parser.add_argument("questions", nargs="*", default=["What is CSV?", "Why log token usage?"])
    args = parser.parse_args([])
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "usage.csv")
        run(args, path)
        report(path)
