"""Cost report over the usage rows our proxy cached from the OpenAI API (offline)."""
import csv
import os
import sqlite3

PRICE_PER_1K = {  # (prompt, completion) USD, as billed in 2023
    "gpt-3.5-turbo": (0.0015, 0.002),
    "gpt-4": (0.03, 0.06),
    "text-davinci-003": (0.02, 0.02),
}

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE usage (model TEXT, prompt_tokens INT, completion_tokens INT)")
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "usage.csv")) as fh:
    rows = [(r["model"], int(r["prompt_tokens"]), int(r["completion_tokens"]))
            for r in csv.DictReader(fh)]
db.executemany("INSERT INTO usage VALUES (?, ?, ?)", rows)

query = "SELECT model, SUM(prompt_tokens), SUM(completion_tokens) FROM usage GROUP BY model ORDER BY model"
for model, p, c in db.execute(query):
    pin, pout = PRICE_PER_1K[model]
    print(f"{model:<18} {p:>5} {c:>5} ${p / 1000 * pin + c / 1000 * pout:.4f}")
