"""Summaries. Run `python -m textkit.summarize FILE` to summarize a file."""
import openai

MODEL = "gpt-3.5-turbo"
MAX_TOKENS = 9


def summarize(text, max_tokens=MAX_TOKENS):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "Summarize the text in one line."},
            {"role": "user", "content": text},
        ],
        max_tokens=max_tokens,
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    import sys

    with open(sys.argv[1]) as fh:
        print(summarize(fh.read()))
