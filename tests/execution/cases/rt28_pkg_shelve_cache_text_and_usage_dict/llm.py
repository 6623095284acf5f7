import openai

from store import open_db

MODEL = "text-davinci-003"


def complete(prompt, max_tokens=40):
    key = f"{MODEL}|{max_tokens}|{prompt}"
    with open_db() as db:
        if key in db:
            return db[key], True
        resp = openai.Completion.create(
            model=MODEL, prompt=prompt, max_tokens=max_tokens, temperature=0
        )
        record = {"text": resp["choices"][0]["text"].strip(), "usage": dict(resp["usage"])}
        db[key] = record
        return record, False
