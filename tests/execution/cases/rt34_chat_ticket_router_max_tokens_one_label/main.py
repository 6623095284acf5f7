import collections
import math

import openai

QUEUES = {"billing": "finance", "outage": "sre", "account": "support"}
EXAMPLES = [
    ("My card was charged twice", "billing"),
    ("The dashboard returns 502 errors", "outage"),
    ("I can't log in after changing my email", "account"),
]
HISTORY = {
    "finance": ["Refund for duplicate charge", "Invoice shows wrong VAT"],
    "sre": ["API latency spike in eu-west", "Status page down"],
    "support": ["Password reset mail never arrives", "Change account owner"],
    "triage": ["Unclassified request"],
}


def classify(ticket):
    messages = [{"role": "system", "content": "Classify the ticket as billing, outage or account. Reply with one word."}]
    for text, label in EXAMPLES:
        messages.append({"role": "user", "content": text})
        messages.append({"role": "assistant", "content": label})
    messages.append({"role": "user", "content": ticket})
    out = openai.ChatCompletion.create(model="gpt-4", messages=messages, temperature=0, max_tokens=1)
    word = out["choices"][0]["message"]["content"].strip().lower().rstrip(".:")
    return QUEUES.get(word, "triage")


def vec(texts):
    return [d["embedding"] for d in openai.Embedding.create(input=texts, model="text-embedding-ada-002")["data"]]


def closest(ticket, candidates):
    t, *cands = vec([ticket] + candidates)
    sims = [sum(a * b for a, b in zip(t, c)) / (math.sqrt(sum(a * a for a in t)) * math.sqrt(sum(b * b for b in c))) for c in cands]
    return candidates[sims.index(max(sims))]


tickets = ["Refund for duplicate charge", "Site is down again", "Status page down"]
routed = collections.Counter()
for ticket in tickets:
    queue = classify(ticket)
    routed[queue] += 1
    print(f"{ticket!r} -> {queue}; similar: {closest(ticket, HISTORY[queue])!r}")
print(dict(routed))
