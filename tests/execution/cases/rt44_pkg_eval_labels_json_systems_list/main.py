from arena.judge import judge
from arena.tally import tally

for system, wins in sorted(tally().items(), key=lambda item: -item[1]):
    print(f"{system:<15}{wins}")
print(judge("How do I reset my password?", "Use the link on the login page.", "Call us."))
