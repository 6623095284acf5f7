import argparse
import os

import openai

import config


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Write a commit message for a diff summary")
    parser.add_argument("changes", nargs="*", default=["renamed utils.py to helpers.py", "fixed typo in README"])
    parser.add_argument("--model", default=config.DEFAULT_MODEL, help="chat model to use")
    parser.add_argument("--temperature", type=float, default=config.DEFAULT_TEMPERATURE)
    parser.add_argument("--max-tokens", type=int, default=config.DEFAULT_MAX_TOKENS)
    return parser.parse_args(argv)


def commit_message(changes, args):
    completion = openai.ChatCompletion.create(
        model=args.model,
        temperature=args.temperature,
        max_tokens=args.max_tokens,
        messages=[
            {"role": "system", "content": config.SYSTEM_PROMPT},
            {"role": "user", "content": "\n".join(changes)},
        ],
    )
    return completion.choices[0].message["content"]


def main():
    openai.api_key = os.environ["OPENAI_API_KEY"]
    args = parse_args()
    print(commit_message(args.changes, args))


if __name__ == "__main__":
    main()
