import argparse

import anthropic


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Ask Claude a question from the command line.")
    parser.add_argument("question", nargs="?", default="What is the tallest mountain?")
    parser.add_argument("--model", default="claude-instant-1.2")
    parser.add_argument("--max-tokens", type=int, default=256)
    return parser.parse_args(argv)


def main():
    args = parse_args()
    client = anthropic.Anthropic()
    response = client.completions.create(
        model=args.model,
        max_tokens_to_sample=args.max_tokens,
        prompt=f"{anthropic.HUMAN_PROMPT} {args.question}{anthropic.AI_PROMPT}",
    )
    print(response.completion.strip())


if __name__ == "__main__":
    main()
