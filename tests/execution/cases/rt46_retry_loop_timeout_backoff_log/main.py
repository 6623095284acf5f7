from llm import ask

events = []
print(ask("What is the boiling point of water?", log=events.append))
print(ask("Write a haiku about patience [slow]", retries=2, log=events.append))
print(ask("Summarize War and Peace [slow]", retries=3, timeout=0.5, log=events.append))
for line in events:
    print("log:", line)
