import hashlib
import json
import os
import sqlite3

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

ENGINE = "text-davinci-003"
db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE responses (key TEXT PRIMARY KEY, body TEXT)")


def cache_key(prompt):
    return hashlib.sha256(f"{ENGINE}\n{prompt}".encode()).hexdigest()


def complete(prompt):
    key = cache_key(prompt)
    row = db.execute("SELECT body FROM responses WHERE key = ?", (key,)).fetchone()
    if row is None:
        resp = openai.Completion.create(engine=ENGINE, prompt=prompt, max_tokens=20)
        db.execute("INSERT INTO responses VALUES (?, ?)", (key, json.dumps(resp)))
        row = (json.dumps(resp),)
    return json.loads(row[0])


for p in ["Translate to French: cat", "Translate to French: dog", "Translate to French: cat"]:
    data = complete(p)
    print(data["choices"][0]["text"].strip(), data["usage"]["total_tokens"])
print(db.execute("SELECT COUNT(*) FROM responses").fetchone()[0], "rows")
