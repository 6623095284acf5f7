import os

import openai


def init_openai():
    openai.api_key = os.environ["OPENAI_API_KEY"]
    openai.organization = os.environ.get("OPENAI_ORGANIZATION")


def summarize(text):
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"Summarize in one line:\n\n{text}\n\nSummary:",
        max_tokens=60,
        temperature=0.3,
    )
    return response["choices"][0]["text"].strip()


if __name__ == "__main__":
    init_openai()
    notes = [
        "The meeting covered the budget, hiring and the office move.",
        "Sales grew in the north region while returns stayed flat.",
    ]
    for note in notes:
        print(summarize(note))
