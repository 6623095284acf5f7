"""A CLI helper that refuses to start without a key (openai 0.x read OPENAI_API_KEY at import)."""
import sys

import openai

if not openai.api_key:
    sys.exit("Set the OPENAI_API_KEY environment variable first.")


def ask(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print("using key", openai.api_key[:4] + "...")
    print(ask("Is the key loaded?"))
