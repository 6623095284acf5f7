from helpdesk.llm import answer, embed

TICKETS = ["Outlook keeps asking for my password", "Need access to the finance share"]
for ticket in TICKETS:
    print(answer(ticket))
vectors = embed(TICKETS)
same = sum(a * b for a, b in zip(vectors[0], vectors[0]))
cross = sum(a * b for a, b in zip(vectors[0], vectors[1]))
print(len(vectors), len(vectors[0]), round(same, 3), round(cross, 3))
