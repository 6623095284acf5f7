import argparse
import os

import openai

import defaults
from commands import chat, embed


def build_parser():
    parser = argparse.ArgumentParser(prog="gpt")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("chat", help="one chat turn")
    p.add_argument("message")
    p.add_argument("--model", default=defaults.CHAT_MODEL)
    p.add_argument("--system", default="")
    p.add_argument("--max-tokens", type=int, default=defaults.MAX_TOKENS)
    p.set_defaults(func=chat.run)

    p = sub.add_parser("embed", help="embed texts")
    p.add_argument("texts", nargs="+")
    p.set_defaults(func=embed.run)
    return parser


def main(argv=None):
    openai.api_key = os.environ.get("OPENAI_API_KEY")
    args = build_parser().parse_args(argv)
    return args.func(args)
