import argparse
import json
import os
import tempfile

import openai

QUESTIONS = ["Why is the sky blue?", "What is photosynthesis?"]


def build_parser():
    parser = argparse.ArgumentParser(description="Generate answers for a question list.")
    parser.add_argument("--model", default="text-davinci-003")
    parser.add_argument("--max-tokens", type=int, default=32)
    parser.add_argument("--temperature", type=float, default=0.0)
    parser.add_argument("--out", default=os.path.join(tempfile.mkdtemp(), "answers.jsonl"))
    return parser


def main():
    args = build_parser().parse_args()
    with open(args.out, "w") as fout:
        for q in QUESTIONS:
            resp = openai.Completion.create(
                model=args.model,
                prompt=f"Answer briefly: {q}",
                max_tokens=args.max_tokens,
                temperature=args.temperature,
            )
            fout.write(json.dumps({"question": q, "answer": resp.choices[0].text.strip()}) + "\n")
    with open(args.out) as fin:
        for line in fin:
            row = json.loads(line)
            print(row["question"], "=>", row["answer"])


if __name__ == "__main__":
    main()
