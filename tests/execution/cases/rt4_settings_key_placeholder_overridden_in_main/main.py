import argparse
import os

import openai

openai.api_key = "sk-REPLACE-ME"  # placeholder; the real key comes from --key or the environment


def summarize(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Summarize: {text}"}],
    )
    return response["choices"][0]["message"]["content"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--key", default=os.environ.get("OPENAI_API_KEY"))
    args = parser.parse_args([])
    openai.api_key = args.key
    print(summarize("The train was late again."))


if __name__ == "__main__":
    main()
