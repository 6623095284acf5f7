import argparse

import openai


def parse(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="gpt-3.5-turbo")
    parser.add_argument("question", nargs="?", default="What is 2 + 2?")
    return parser.parse_args(argv)


def main():
    args = parse([])
    resp = openai.ChatCompletion.create(model=args.model, messages=[{"role": "user", "content": args.question}])
    print(resp["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
