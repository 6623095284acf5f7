import argparse

import openai

CONTEXT_WINDOW = {"gpt-3.5-turbo": 4096, "gpt-4": 8192}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="gpt-3.5-turbo", choices=sorted(CONTEXT_WINDOW))
    parser.add_argument("--max-tokens", type=int, default=30)
    args = parser.parse_args(argv)
    budget = CONTEXT_WINDOW[args.model] - args.max_tokens
    resp = openai.ChatCompletion.create(
        model=args.model,
        messages=[{"role": "user", "content": "How long is a piece of string?"}],
        max_tokens=args.max_tokens,
    )
    print(budget, resp["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main([])
