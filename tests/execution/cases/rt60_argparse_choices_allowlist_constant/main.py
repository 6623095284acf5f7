import argparse
import os
import sys

import openai

SUPPORTED_MODELS = ["gpt-3.5-turbo", "gpt-3.5-turbo-16k", "gpt-4"]
DEFAULT_MODEL = SUPPORTED_MODELS[0]

openai.api_key = os.getenv("OPENAI_API_KEY")

parser = argparse.ArgumentParser()
parser.add_argument("--model", choices=SUPPORTED_MODELS, default=DEFAULT_MODEL)
parser.add_argument("question", nargs="?", default="Why is the sky blue?")
args = parser.parse_args()

if args.model not in SUPPORTED_MODELS:
    sys.exit(f"unsupported model {args.model}")

reply = openai.ChatCompletion.create(
    model=args.model,
    messages=[{"role": "user", "content": args.question}],
)
print(reply["choices"][0]["message"]["content"])
print("tokens:", reply["usage"]["total_tokens"])
