import argparse

from gptcli.backends import BACKENDS

DEFAULT_MODEL = "gpt-3.5-turbo"


def run(argv):
    parser = argparse.ArgumentParser(prog="gptcli")
    parser.add_argument("question")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    backend = BACKENDS[args.model]()
    return backend.ask(args.question)
