"""gpt-tool: a small command line helper (summarize / translate / classify)."""
import argparse
import os
import sys

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

LABELS = ["positive", "negative", "neutral"]


def ask(prompt, model, temperature, max_tokens=256):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return response["choices"][0]["message"]["content"].strip()


def cmd_summarize(args):
    prompt = f"Summarize the following text in {args.sentences} sentences:\n\n{args.text}"
    print(ask(prompt, args.model, args.temperature))


def cmd_translate(args):
    prompt = "Translate to {lang}: {text}".format(lang=args.to, text=args.text)
    print(ask(prompt, args.model, 0))


def cmd_classify(args):
    labels = ", ".join(LABELS)
    answer = ask(f"Classify as one of {labels}. Text: {args.text}", args.model, 0, max_tokens=20)
    tail = answer.lower().split("text:")[-1]
    label = next((l for l in LABELS if l in tail), "unknown")
    print(f"label={label} raw={answer!r}")


def build_parser():
    parser = argparse.ArgumentParser(prog="gpt-tool")
    parser.add_argument("--model", default="gpt-3.5-turbo")
    parser.add_argument("--temperature", type=float, default=0.7)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("summarize")
    p.add_argument("text")
    p.add_argument("--sentences", type=int, default=2)
    p.set_defaults(func=cmd_summarize)

    p = sub.add_parser("translate")
    p.add_argument("text")
    p.add_argument("--to", default="French")
    p.set_defaults(func=cmd_translate)

    p = sub.add_parser("classify")
    p.add_argument("text")
    p.set_defaults(func=cmd_classify)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main()
    else:
        # demo run
        for argv in (
            ["summarize", "The launch went well and sales doubled in a week."],
            ["--temperature", "0.2", "summarize", "Rain all day.", "--sentences", "1"],
            ["translate", "good morning", "--to", "German"],
            ["classify", "I love this phone"],
            ["classify", "neutral positive"],
        ):
            print("$ gpt-tool", " ".join(argv))
            main(argv)
