import json

import openai

from models import Reply

QUESTIONS = ["What is a haiku?", "Write one about autumn rain."]


def ask(question):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    return Reply.from_response(resp)


if __name__ == "__main__":
    rows = [ask(q).as_row() for q in QUESTIONS]
    print(json.dumps(rows, indent=1))
    print(sum(r["tokens"] for r in rows))
