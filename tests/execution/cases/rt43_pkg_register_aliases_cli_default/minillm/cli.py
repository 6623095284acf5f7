import argparse

import minillm.openai_models  # noqa: F401  (registers the OpenAI models)
from minillm.registry import get_model

DEFAULT_MODEL = "gpt-3.5-turbo"


def main(argv):
    parser = argparse.ArgumentParser(prog="minillm")
    parser.add_argument("prompt")
    parser.add_argument("-m", "--model", default=DEFAULT_MODEL)
    parser.add_argument("-s", "--system")
    args = parser.parse_args(argv)
    model = get_model(args.model)
    print(model.prompt(args.prompt, system=args.system))
