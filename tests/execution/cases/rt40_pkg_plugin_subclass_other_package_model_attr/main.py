from core.agent import Agent
from plugins import PLUGINS

task = "def add(a, b): return a - b"
for agent in [Agent()] + [cls() for cls in PLUGINS]:
    print(f"[{agent.name}] {agent.run(task)}")
