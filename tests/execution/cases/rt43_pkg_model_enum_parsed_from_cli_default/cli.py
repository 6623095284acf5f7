import argparse

from llmtools.models import ChatModel

DEFAULT_MODEL = "gpt-3.5-turbo"


def parse(argv):
    parser = argparse.ArgumentParser(prog="llmtools")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("text")
    args = parser.parse_args(argv)
    return ChatModel(args.model), args.text
