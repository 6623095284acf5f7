import json
from pathlib import Path

import openai

CONFIG = json.loads((Path(__file__).resolve().parent / "config.json").read_text())


def answer(question):
    response = openai.ChatCompletion.create(
        model=CONFIG["answer_model"],
        messages=[
            {"role": "system", "content": f"Answer in a {CONFIG['style']} way."},
            {"role": "user", "content": question},
        ],
    )
    return response["choices"][0]["message"]["content"]
