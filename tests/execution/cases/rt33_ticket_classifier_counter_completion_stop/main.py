"""Classify support tickets into categories with a few-shot Completion prompt; tally with Counter."""
from collections import Counter

import openai

CATEGORIES = ["billing", "bug", "feature", "other"]

FEW_SHOT = """Classify each support ticket into one of: billing, bug, feature, other.

Ticket: I was charged twice this month.
Category: billing

Ticket: The app crashes when I open settings.
Category: bug

Ticket: {ticket}
Category:"""

TICKETS = [
    "Please add dark mode.",
    "bug: export button does nothing",
    "Refund my last invoice",
    "hello?",
]


def classify(ticket):
    response = openai.Completion.create(
        engine="text-curie-001",
        prompt=FEW_SHOT.format(ticket=ticket),
        temperature=0,
        max_tokens=4,
        stop="\n",
    )
    raw = response.choices[0].text.strip().lower()
    # the echo server repeats the prompt, so look at what follows the last 'Ticket:'
    last = raw.rsplit("ticket:", 1)[-1]
    for category in CATEGORIES:
        if category in last:
            return category, raw
    return "other", raw


counts = Counter()
for t in TICKETS:
    category, raw = classify(t)
    counts[category] += 1
    print(f"{t[:30]:<30} -> {category:<8} (raw: {raw!r})")
print(dict(counts.most_common()))
