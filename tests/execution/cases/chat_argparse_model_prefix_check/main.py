import argparse

import openai


def build_parser():
    p = argparse.ArgumentParser(description="summarise a file")
    p.add_argument("-m", "--model", default="gpt-4")
    p.add_argument("--text", default="Rivers flow to the sea.")
    return p


def summarise(args):
    system = "Be thorough." if args.model.startswith("gpt-4") else "Be short."
    r = openai.ChatCompletion.create(
        model=args.model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": args.text}],
    )
    return r.choices[0].message.content


if __name__ == "__main__":
    print(summarise(build_parser().parse_args([])))
