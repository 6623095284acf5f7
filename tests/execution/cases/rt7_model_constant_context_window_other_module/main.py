import openai

from config import MODEL
from limits import prompt_budget


def summarize(document):
    budget = prompt_budget(MODEL)
    text = document[:budget]
    resp = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Summarize: " + text}],
    )
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(summarize("Short report about the harbour renovation."))
