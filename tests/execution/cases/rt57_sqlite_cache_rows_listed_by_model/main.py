"""Answers cached in SQLite keyed by (model, prompt); the cache table is listed at the end."""
import os
import sqlite3

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

MODEL = "gpt-3.5-turbo"

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE cache (model TEXT, prompt TEXT, answer TEXT, tokens INTEGER, "
           "PRIMARY KEY (model, prompt))")


def ask(prompt, model=MODEL):
    row = db.execute("SELECT answer FROM cache WHERE model = ? AND prompt = ?",
                     (model, prompt)).fetchone()
    if row is not None:
        return row[0] + " (cached)"
    resp = openai.ChatCompletion.create(
        model=model, messages=[{"role": "user", "content": prompt}])
    answer = resp["choices"][0]["message"]["content"]
    db.execute("INSERT INTO cache VALUES (?, ?, ?, ?)",
               (model, prompt, answer, resp["usage"]["total_tokens"]))
    return answer


for prompt in ["Name a prime", "Name a color", "Name a prime"]:
    print(ask(prompt))

print("-- cache --")
for model, prompt, tokens in db.execute(
        "SELECT model, prompt, tokens FROM cache ORDER BY prompt"):
    print(f"{model:<16}{tokens:>3}  {prompt}")
