from core.agent import Agent


class CodeReviewer(Agent):
    name = "reviewer"
    model = "gpt-4"
    temperature = 0.9
    system_prompt = "You review Python code and point out one problem."
