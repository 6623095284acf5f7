import json
import os
import re

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

tickets = [
    "I was charged twice for my subscription this month!!",
    "The app crashes every time I open the settings page.",
    "How do I change the email address on my account?",
]


def classify(ticket):
    prompt = (
        "Classify the support ticket below. Respond only in JSON like "
        '{"category": "billing", "urgency": "high"}.\n\n'
        f"Ticket: {ticket}"
    )
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You are a support ticket classifier."},
            {"role": "user", "content": prompt},
        ],
        temperature=0,
        max_tokens=60,
    )
    reply = response["choices"][0]["message"]["content"]
    match = re.search(r"\{.*?\}", reply, re.DOTALL)
    if not match:
        return {"category": "unknown", "urgency": "unknown"}
    try:
        return json.loads(match.group(0))
    except json.JSONDecodeError:
        return {"category": "unknown", "urgency": "unknown"}


counts = {}
for ticket in tickets:
    result = classify(ticket)
    counts[result["category"]] = counts.get(result["category"], 0) + 1
    print(f"{ticket[:40]:<40} -> {result['category']} / {result['urgency']}")

print(json.dumps(counts, sort_keys=True))
