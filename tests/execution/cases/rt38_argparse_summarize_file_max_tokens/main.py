"""summarize.py: summarize a text file with ChatGPT."""
import argparse
import os
import tempfile

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="Summarize a text file.")
    parser.add_argument("path")
    parser.add_argument("--model", default="gpt-3.5-turbo")
    parser.add_argument("--max-tokens", type=int, default=150)
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    with open(args.path, encoding="utf-8") as f:
        text = f.read()
    response = openai.ChatCompletion.create(
        model=args.model,
        messages=[
            {"role": "system", "content": "Summarize the document in two sentences."},
            {"role": "user", "content": text},
        ],
        max_tokens=args.max_tokens,
    )
    print(response["choices"][0]["message"]["content"])
    print("finish:", response["choices"][0]["finish_reason"])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "notes.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("Quarterly sales grew 12 percent. The new store opened in May. Staff turnover fell.")
        main([path])
        main([path, "--max-tokens", "5"])
