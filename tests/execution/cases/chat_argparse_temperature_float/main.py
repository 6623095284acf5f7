import argparse

import openai


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Rewrite text in a given tone")
    parser.add_argument("text")
    parser.add_argument("--model", default="gpt-3.5-turbo")
    parser.add_argument("--temperature", type=float, default=0.7)
    parser.add_argument("--tone", default="formal")
    return parser.parse_args(argv)


def rewrite(args):
    response = openai.ChatCompletion.create(
        model=args.model,
        temperature=args.temperature,
        messages=[
            {"role": "system", "content": f"Rewrite the user's text in a {args.tone} tone."},
            {"role": "user", "content": args.text},
        ],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(rewrite(parse_args(["hey whats up"])))
    print(rewrite(parse_args(["see you later", "--tone", "pirate"])))
