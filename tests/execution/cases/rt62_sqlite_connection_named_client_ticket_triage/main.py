"""Triage support tickets stored in SQLite; the label comes from the chat model."""
import sqlite3

import openai

client = sqlite3.connect(":memory:")
client.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY, body TEXT, label TEXT)")
client.executemany("INSERT INTO tickets (body) VALUES (?)", [
    ("My card was charged twice",),
    ("The app crashes when I open settings",),
    ("How do I export my data?",),
])


def label_for(body):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[
            {"role": "system", "content": "Label the ticket as billing, bug or question."},
            {"role": "user", "content": body},
        ],
        temperature=0,
        max_tokens=20,
    )
    return completion.choices[0].message["content"]


def triage():
    rows = client.execute("SELECT id, body FROM tickets WHERE label IS NULL").fetchall()
    for ticket_id, body in rows:
        client.execute("UPDATE tickets SET label = ? WHERE id = ?", (label_for(body), ticket_id))
    client.commit()


if __name__ == "__main__":
    triage()
    for ticket_id, label in client.execute("SELECT id, label FROM tickets ORDER BY id"):
        print(ticket_id, label)
    print(client.execute("SELECT COUNT(*) FROM tickets WHERE label LIKE '%card%'").fetchone()[0])
