from helpdesk.reply import draft_reply

tickets = [
    "My invoice is wrong",
    "The export button does nothing when I click it on the reports page and I have tried "
    "three browsers already, cleared my cache, logged out and in again, and asked a colleague "
    "to try it on her laptop, with the same result every single time we tried it",
]
for ticket in tickets:
    text, left = draft_reply(ticket)
    print(f"{text!r} (budget left: {left})")
text, left = draft_reply(tickets[1], max_tokens=4)
print(f"{text!r} (budget left: {left})")
