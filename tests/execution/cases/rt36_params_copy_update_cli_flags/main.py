import argparse

import openai

BASE_PARAMS = {"model": "gpt-3.5-turbo", "max_tokens": 120}


def build_params(args):
    params = BASE_PARAMS.copy()
    if args.long:
        params.update(max_tokens=400)
    if args.short:
        params.update({"max_tokens": 5})
    return params


def main(argv=None):
    parser = argparse.ArgumentParser(description="Tweet writer")
    parser.add_argument("topic")
    parser.add_argument("--long", action="store_true")
    parser.add_argument("--short", action="store_true")
    args = parser.parse_args(argv)

    params = build_params(args)
    completion = openai.ChatCompletion.create(
        messages=[{"role": "user", "content": f"Write a tweet about {args.topic}"}],
        **params,
    )
    print(completion.choices[0].message["content"])
    print("finish:", completion.choices[0].finish_reason)


if __name__ == "__main__":
    main(["rainy mondays"])
    main(["coffee in the morning before work", "--short"])
    main(["robots taking over the weekend chores", "--long"])
