RULES = [
    ("refund", "Refunds take five business days."),
    ("hours", "We are open nine to five."),
]


def answer(text):
    for keyword, reply in RULES:
        if keyword in text.lower():
            return reply
    return "Let me connect you with a human."
