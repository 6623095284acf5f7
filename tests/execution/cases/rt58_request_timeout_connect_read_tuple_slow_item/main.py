"""Classify support tickets in parallel; a ticket the model is slow on is marked for a human."""
from concurrent.futures import ThreadPoolExecutor

import openai

TIMEOUT = (5, 1)  # (connect, read) seconds, as requests takes them

TICKETS = {
    101: "My invoice shows the wrong VAT number",
    102: "[slow] The app crashes when I upload a photo",
    103: "How do I change my password",
}


def classify(item):
    ticket_id, text = item
    try:
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "system", "content": "Label the ticket: billing, bug or account."},
                      {"role": "user", "content": text}],
            max_tokens=12,
            request_timeout=TIMEOUT,
        )
    except openai.error.Timeout:
        return ticket_id, "needs-human", 0
    return ticket_id, response.choices[0].message.content, response.usage.total_tokens


with ThreadPoolExecutor(max_workers=3) as pool:
    rows = sorted(pool.map(classify, TICKETS.items()))

for ticket_id, label, tokens in rows:
    print(ticket_id, label, tokens)
print("total tokens:", sum(r[2] for r in rows))
