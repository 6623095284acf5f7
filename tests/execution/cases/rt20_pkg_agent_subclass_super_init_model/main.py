from agents.research import ResearchAgent, WriterAgent

pipeline = [ResearchAgent(), WriterAgent(), WriterAgent(max_tokens=5)]
task = "Explain why the sky is blue to a ten year old"
for agent in pipeline:
    print(f"{type(agent).__name__}: {agent.act(task)}")
