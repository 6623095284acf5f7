"""`ask --set-model X` stores the choice in settings.json; later runs read it."""
import argparse
import json
import os
import tempfile

import openai

DEFAULT_SETTINGS = {"model": "gpt-3.5-turbo", "max_tokens": 50}


def load(path):
    try:
        with open(path) as fh:
            return {**DEFAULT_SETTINGS, **json.load(fh)}
    except FileNotFoundError:
        return dict(DEFAULT_SETTINGS)


def save(path, settings):
    with open(path, "w") as fh:
        json.dump(settings, fh)


def cli(argv, path):
    parser = argparse.ArgumentParser(prog="ask")
    parser.add_argument("--set-max-tokens", type=int)
    parser.add_argument("question", nargs="?")
    args = parser.parse_args(argv)
    settings = load(path)
    if args.set_max_tokens:
        settings["max_tokens"] = args.set_max_tokens
        save(path, settings)
        print("saved max_tokens", settings["max_tokens"])
    if args.question:
        r = openai.ChatCompletion.create(
            model=settings["model"],
            max_tokens=settings["max_tokens"],
            messages=[{"role": "user", "content": args.question}],
        )
        print(r["choices"][0]["message"]["content"])


openai.api_key = os.getenv("OPENAI_API_KEY")
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "settings.json")
    cli(["What is the tallest mountain?"], path)
    cli(["--set-max-tokens", "4", "Name three rivers in Europe please"], path)
    cli(["Name three rivers in Africa please"], path)
