import argparse
import os

import openai


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Ask the Azure OpenAI deployment")
    parser.add_argument("--deployment", default="chat")
    parser.add_argument("--api-version", default="2023-05-15")
    parser.add_argument("--temperature", type=float, default=0.0)
    parser.add_argument("question", nargs="?", default="How many moons does Mars have?")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    openai.api_type = "azure"
    openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
    openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
    openai.api_version = args.api_version
    response = openai.ChatCompletion.create(
        engine=args.deployment,
        messages=[{"role": "user", "content": args.question}],
        temperature=args.temperature,
    )
    print(response["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main([])
