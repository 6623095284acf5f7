import argparse
import json

import openai

EXAMPLES = ["2 + 2", "10 / 4", "3 ** 3"]


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--model", default="gpt-3.5-turbo")
    p.add_argument("--max_tokens", type=int, default=20)
    return p.parse_args()


def main():
    args = parse_args()
    print(f"Evaluating {args.model} on {len(EXAMPLES)} examples (max_tokens={args.max_tokens})")
    preds = []
    for expr in EXAMPLES:
        r = openai.ChatCompletion.create(
            model=args.model,
            messages=[{"role": "user", "content": f"Compute {expr}."}],
            max_tokens=args.max_tokens,
        )
        preds.append(r["choices"][0]["message"]["content"])
    print(json.dumps({"model": args.model, "predictions": preds}, indent=1))


if __name__ == "__main__":
    main()
