from app.agent import MemoryAgent

agent = MemoryAgent()
for line in ["My name is Ada and I like chess.", "What game do I like?"]:
    print(agent.step(line))
print("memory:", agent.memory)
print("tokens:", agent.brain.tokens, agent.summarizer.tokens)
