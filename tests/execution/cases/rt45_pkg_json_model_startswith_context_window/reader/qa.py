import json
from pathlib import Path

import openai

from reader.utils.tokens import fit

APP = json.loads((Path(__file__).resolve().parent / "app.json").read_text())


def ask_document(document, question):
    context, budget = fit(document, APP["model"], APP["reserve_for_answer"])
    response = openai.ChatCompletion.create(
        model=APP["model"],
        messages=[
            {"role": "system", "content": f"Answer from this document: {context[:40]}"},
            {"role": "user", "content": question},
        ],
    )
    return budget, response["choices"][0]["message"]["content"]
