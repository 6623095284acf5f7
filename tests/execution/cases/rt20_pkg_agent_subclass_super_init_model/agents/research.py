from agents.base import Agent


class ResearchAgent(Agent):
    def __init__(self):
        super().__init__("a careful researcher", model="gpt-4", temperature=0)

    def system_prompt(self):
        return super().system_prompt() + " Cite sources."


class WriterAgent(Agent):
    def __init__(self, max_tokens=200):
        super().__init__("a copywriter", temperature=0.9, max_tokens=max_tokens)
