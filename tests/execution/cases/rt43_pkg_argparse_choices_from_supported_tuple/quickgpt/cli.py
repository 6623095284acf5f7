import argparse

from quickgpt.api import complete
from quickgpt.models import DEFAULT_MODEL, SUPPORTED_MODELS


def build_parser():
    parser = argparse.ArgumentParser(prog="quickgpt")
    parser.add_argument("prompt")
    parser.add_argument("--model", choices=SUPPORTED_MODELS, default=DEFAULT_MODEL)
    parser.add_argument("--max-tokens", type=int, default=8)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    print(complete(args.prompt, args.model, args.max_tokens))
