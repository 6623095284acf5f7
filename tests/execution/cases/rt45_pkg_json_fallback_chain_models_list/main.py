from support.triage import triage

for ticket in ["I was charged twice this month", "The export button does nothing"]:
    print(triage(ticket))
