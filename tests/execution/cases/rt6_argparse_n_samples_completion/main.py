import argparse

import openai


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Generate product name ideas")
    parser.add_argument("product", nargs="?", default="a reusable water bottle")
    parser.add_argument("--model", default="text-davinci-003")
    parser.add_argument("-n", "--num", type=int, default=3)
    parser.add_argument("--max-tokens", type=int, default=32)
    return parser.parse_args(argv)


def main():
    args = parse_args()
    response = openai.Completion.create(
        model=args.model,
        prompt=f"Suggest a catchy name for {args.product}.",
        n=args.num,
        max_tokens=args.max_tokens,
    )
    for i, choice in enumerate(response.choices, start=1):
        print(f"{i}. {choice.text.strip()}")


if __name__ == "__main__":
    main()
