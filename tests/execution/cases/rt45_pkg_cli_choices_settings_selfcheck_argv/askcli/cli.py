import argparse

from askcli import settings
from askcli.llm import ask


def build_parser():
    parser = argparse.ArgumentParser(prog="ask")
    parser.add_argument("question")
    parser.add_argument("--model", choices=("gpt-3.5-turbo", "gpt-4"),
                        default=settings.DEFAULT_MODEL)
    return parser


def run(argv):
    args = build_parser().parse_args(argv)
    print(ask(args.question, model=args.model))
