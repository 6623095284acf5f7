import argparse
import os

import openai

import defaults
from commands import complete


def build_parser():
    parser = argparse.ArgumentParser(prog="gpt")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("complete", help="text completion")
    p.add_argument("prompt")
    p.add_argument("--engine", default=defaults.COMPLETION_ENGINE)
    p.add_argument("--max-tokens", type=int, default=defaults.MAX_TOKENS)
    p.add_argument("--temperature", type=float, default=defaults.TEMPERATURE)
    p.set_defaults(func=complete.run)

    return parser


def main(argv=None):
    openai.api_key = os.environ.get("OPENAI_API_KEY")
    args = build_parser().parse_args(argv)
    return args.func(args)
