from agents.base import BaseAgent
from agents.specialists import Coder, Shouter

for agent in [BaseAgent(), Coder(), Shouter()]:
    print(type(agent).__name__, agent.run("reverse a list in place"))
