import json
import sqlite3

import openai

MODEL = "text-embedding-ada-002"
db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE emb (text TEXT PRIMARY KEY, vector TEXT)")


def get_embeddings(texts):
    found = {}
    for text in texts:
        row = db.execute("SELECT vector FROM emb WHERE text = ?", (text,)).fetchone()
        if row:
            found[text] = json.loads(row[0])
    missing = [t for t in texts if t not in found]
    if missing:
        resp = openai.Embedding.create(input=missing, model=MODEL)
        for item in resp["data"]:
            text = missing[item["index"]]
            found[text] = item["embedding"]
            db.execute("INSERT INTO emb VALUES (?, ?)", (text, json.dumps(item["embedding"])))
        db.commit()
        print(f"embedded {len(missing)} texts, {resp['usage']['prompt_tokens']} tokens")
    return [found[t] for t in texts]


if __name__ == "__main__":
    first = get_embeddings(["apple", "banana", "cherry"])
    second = get_embeddings(["banana", "durian", "apple"])
    print([round(v[0], 5) for v in first])
    print([round(v[0], 5) for v in second])
    print(db.execute("SELECT COUNT(*) FROM emb").fetchone()[0])
