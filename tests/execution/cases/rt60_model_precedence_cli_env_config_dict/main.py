import argparse
import os

import openai

CONFIG = {
    "model": "text-davinci-003",
    "max_tokens": 32,
    "stop": ["\n"],
}


def resolve(args):
    """CLI flag wins over the environment, which wins over the built-in config."""
    return {
        "model": args.model or os.environ.get("OPENAI_MODEL") or CONFIG["model"],
        "max_tokens": args.max_tokens or CONFIG["max_tokens"],
        "stop": CONFIG["stop"],
    }


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("-m", "--model")
    parser.add_argument("--max-tokens", type=int)
    args = parser.parse_args(argv)
    options = resolve(args)
    openai.api_key = os.getenv("OPENAI_API_KEY")
    for word in ["ephemeral", "ubiquitous"]:
        out = openai.Completion.create(prompt=f"Define {word} in one line:", **options)
        print(f"{word}: {out['choices'][0]['text'].strip()}")


main([])
